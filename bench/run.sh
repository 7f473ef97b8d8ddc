#!/bin/sh
# Re-runs the measurements in docs/PERFORMANCE.md: builds the jars, then times Gloss (with the JVM
# options and class-data archive of bin/gloss) against Hugo on generated corpora and the samples.
# The timing is bin/gloss-bench's (target/gloss-bench.jar, outside the production jar); every
# build it times runs target/gloss.jar in a fresh JVM.
#
#   bench/run.sh                 # 1,000 and 10,000 articles, 3 runs each (the published figures)
#   bench/run.sh 200 1           # quick check while developing: 200 articles, 1 run
#
# Needs Java 17, Maven and Hugo (Debian: apt-get install hugo). Results: target/bench/results.md.
set -eu
cd "$(dirname "$0")/.."
SIZES=${1:-1000,10000}
RUNS=${2:-3}
ARCHIVE=target/gloss.jsa

mvn -q -DskipTests package

# Measure what users run: bin/gloss's JVM options, and the class-data-sharing archive it records
# on its first build (JDK 17 has no -XX:+AutoCreateSharedArchive).
rm -f "$ARCHIVE"
bin/gloss build --content content --out target/cds-training-site >/dev/null
set --
for opt in -Xshare:auto -XX:SharedArchiveFile="$ARCHIVE"; do
    set -- "$@" --jvm-opt="$opt"
done

# --launcher: every size gets the JVM options bin/gloss picks for a corpus of that size.
bin/gloss-bench bench --launcher bin/gloss \
    --articles "$SIZES" --runs "$RUNS" --samples content --out target/bench "$@"
cat target/bench/results.md
