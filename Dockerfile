# syntax=docker/dockerfile:1
# Claimwire: one image, three binaries (aggregator, extractor, claimwire).

# --- build: the Swift toolchain image, static Swift stdlib ---------------------------------
FROM swift:6.1-bookworm AS build
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
       libzstd-dev libsqlite3-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Resolve dependencies in their own layer so source edits do not refetch them.
COPY Package.swift ./
RUN swift package resolve
COPY Sources ./Sources
COPY Tests ./Tests
COPY Protocol ./Protocol
RUN swift build -c release --static-swift-stdlib \
        --product aggregator --product extractor --product claimwire \
    && mkdir -p /out \
    && cp .build/release/aggregator .build/release/extractor .build/release/claimwire /out/

# TLS (swift-nio-ssl) compiles its own BoringSSL: no libssl at build or run time. Certificates
# and keys are mounted at run time (compose secrets), never baked into the image.

# --- run: slim Debian with the two shared libraries the binaries need ----------------------
FROM debian:bookworm-slim AS run
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
       libzstd1 libsqlite3-0 ca-certificates tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /var/lib/claimwire --create-home claimwire
COPY --from=build /out/ /usr/local/bin/
USER claimwire
WORKDIR /var/lib/claimwire
# Query port (published), ingest port (internal), extractor port (internal).
EXPOSE 7700 7701 7600
CMD ["claimwire", "--help"]
