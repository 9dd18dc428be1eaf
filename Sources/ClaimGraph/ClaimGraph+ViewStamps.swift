// What a story's cached views (`ViewCache`) were built from, and whether it still holds.
extension ClaimGraph {
    /// What a story's views were built from: the story, every story its claims' main mentions
    /// are in (they decide which story each claim is attached to) and the subjects of those
    /// claims. `claims`: the claims stated in the story (`claimRoots(statedInStory:)`).
    func stamps(ofStory root: Int32, claims: [Int32]) -> ViewCache.Stamps {
        var storyRoots: Set<Int32> = [root]
        var subjects: Set<Int32> = []
        for claim in claims {
            for m in claimSets.members(of: claim) {
                let mention = mentions[Int(m)]
                subjects.insert(stampKey(ofGroup: mention.group))
                if mention.isMain { storyRoots.insert(stories.root(mention.article)) }
            }
        }
        var stamps = ViewCache.Stamps(crossSubjectStamp: crossSubjectStamp, stories: [], subjects: [])
        for story in storyRoots {
            stamps.stories.append((root: story, size: Int32(stories.setSize(ofRoot: story))))
        }
        for subject in subjects {
            stamps.subjects.append((subject: subject, stamp: subjectStamps[subject]))
        }
        return stamps
    }

    /// Nothing a cached view was built from has changed since.
    func isCurrent(_ stamps: ViewCache.Stamps) -> Bool {
        if stamps.crossSubjectStamp != crossSubjectStamp { return false }
        for story in stamps.stories
        where stories.root(story.root) != story.root || stories.setSize(ofRoot: story.root) != Int(story.size)
        {
            return false
        }
        for subject in stamps.subjects where subjectStamps[subject.subject] != subject.stamp {
            return false
        }
        return true
    }
}
