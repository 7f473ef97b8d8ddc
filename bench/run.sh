#!/bin/sh
# Re-runs the measurements in docs/PERFORMANCE.md: builds the jar, makes a class-data-sharing
# archive, then times Gloss against Hugo on generated corpora and on the sample content.
#
#   bench/run.sh                 # 1,000 and 10,000 articles, 3 runs each (the published figures)
#   bench/run.sh 200 1           # quick check while developing: 200 articles, 1 run
#
# Needs Java 17, Maven and Hugo (Debian: apt-get install hugo). Results: target/bench/results.md.
set -eu
cd "$(dirname "$0")/.."
SIZES=${1:-1000,10000}
RUNS=${2:-3}
JAR=target/gloss.jar
ARCHIVE=target/gloss.jsa

mvn -q -DskipTests package

# JDK 17 has no -XX:+AutoCreateSharedArchive (that came in 19): dump the classes a real build
# loads once, at the exit of a training build, and map them at every later start.
rm -f "$ARCHIVE"
java -XX:ArchiveClassesAtExit="$ARCHIVE" -jar "$JAR" build --content content --out target/cds-training-site >/dev/null

java -XX:SharedArchiveFile="$ARCHIVE" -jar "$JAR" bench \
    --articles "$SIZES" --runs "$RUNS" --samples content --out target/bench \
    --jvm-opt=-XX:SharedArchiveFile="$ARCHIVE"
cat target/bench/results.md
