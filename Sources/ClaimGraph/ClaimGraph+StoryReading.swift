// What one query works out about the stories it reads, worked out once: a claim list reads
// the same stories for its conflicts and for its denials, and each claim's story is asked for
// by both.
extension ClaimGraph {
    /// Per query: the story of each claim met (`story(ofClaimMembers:)`), and per story the
    /// claims stated in it (`claimRoots(statedInStory:)`), those attached to it and the stamps
    /// of what that was read from (`stamps(ofStory:claims:)`). Valid for one state of the graph.
    struct StoryReading {
        struct StoryClaims {
            var stated: [Int32]
            var attached: [Int32]
            var stamps: ViewCache.Stamps
        }

        var claimStories: [Int32: Int32?] = [:]
        var storyClaims: [Int32: StoryClaims] = [:]
        /// Whether a story is about a subject (`storyNames`): the claims of one subject in one
        /// story all ask.
        var naming: [StoryCandidate: Bool] = [:]
    }

    /// The story a claim is attached to, remembered in `reading`.
    func attachedStory(ofClaim claim: Int32, reading: inout StoryReading) -> Int32? {
        if let known = reading.claimStories[claim] { return known }
        var story: Int32?
        if let candidate = storyCandidate(ofClaimMembers: claimSets.members(of: claim)) {
            let names: Bool
            if let known = reading.naming[candidate] {
                names = known
            } else {
                names = storyNames(candidate)
                reading.naming[candidate] = names
            }
            if names { story = candidate.story }
        }
        reading.claimStories[claim] = story
        return story
    }

    /// The claims stated in a story and those attached to it (both sorted), with the stamps of
    /// a view built from them; remembered in `reading`.
    func storyClaims(_ storyRoot: Int32, reading: inout StoryReading) -> StoryReading.StoryClaims {
        if let known = reading.storyClaims[storyRoot] { return known }
        let stated = claimRoots(statedInStory: storyRoot)
        var attached: [Int32] = []
        for claim in stated where attachedStory(ofClaim: claim, reading: &reading) == storyRoot {
            attached.append(claim)
        }
        let claims = StoryReading.StoryClaims(
            stated: stated, attached: attached, stamps: stamps(ofStory: storyRoot, claims: stated))
        reading.storyClaims[storyRoot] = claims
        return claims
    }
}
