#!/usr/bin/env bash
# Issue 31, OpenSearch feasibility (ADR 32, addendum of 2026-12-07, evening): assembles a single OpenSearch 3.9.0
# node from Maven Central artifacts only (no distribution tarball, no container), starts it in its own JVM and,
# with --check, creates an index with the library's two readings (words as the application's smartcn analyzer
# writes them, space-separated; CJK bigrams with unigrams analysed by OpenSearch), indexes a resource, searches it
# with a facet, and stops the node. An experiment for the backend still to be written, not part of the build or
# the tests.
# Usage: docs/opensearch-node.sh [--check] [dir=/tmp/opensearch-node] [http port=19200]
# Needs: mvn (Maven Central or ~/.m2), curl, a JDK 21+ (JAVA_HOME, default: the machine's JDK 25).
set -euo pipefail
CHECK=false
if [ "${1:-}" = "--check" ]; then CHECK=true; shift; fi
DIR=${1:-/tmp/opensearch-node}
PORT=${2:-19200}
VERSION=3.9.0
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)}
export JAVA_HOME

# one throw-away project per directory, so that each part's jars (with their dependencies) land in their own
resolve() { # target-directory groupId:artifactId:version...
  local pom target=$1 deps="" group artifact version
  shift
  for coordinates in "$@"; do
    IFS=: read -r group artifact version <<< "$coordinates"
    deps+="<dependency><groupId>$group</groupId><artifactId>$artifact</artifactId><version>$version</version>"
    deps+="</dependency>"
  done
  pom=$(mktemp -d)/pom.xml
  cat > "$pom" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>opensearch-node-part</artifactId><version>1</version>
  <dependencies>$deps</dependencies>
</project>
EOF
  mvn -B -q -f "$pom" dependency:copy-dependencies -DoutputDirectory="$target"
}

module() { # name classname: a module directory holds its jars and a descriptor the distribution would carry
  cat > "$DIR/modules/$1/plugin-descriptor.properties" <<EOF
name=$1
description=$1
version=$VERSION
classname=$2
java.version=21
opensearch.version=$VERSION
EOF
  # a module must not carry a jar the server already has (jar hell check)
  for jar in "$DIR/modules/$1"/*.jar; do
    [ ! -e "$DIR/lib/$(basename "$jar")" ] || rm "$jar"
  done
}

if [ ! -e "$DIR/lib/opensearch-$VERSION.jar" ]; then
  rm -rf "$DIR"
  mkdir -p "$DIR"/{lib,config,plugins,data,logs,modules/transport-netty4,modules/analysis-common}
  # the distribution's lib/ also holds the plugin class loader, the agent's bootstrap and log4j-core, which the
  # server's pom does not declare
  resolve "$DIR/lib" org.opensearch:opensearch:$VERSION org.opensearch:opensearch-plugin-classloader:$VERSION \
    org.opensearch:opensearch-agent-bootstrap:$VERSION org.apache.logging.log4j:log4j-core:2.25.5
  resolve "$DIR/modules/transport-netty4" org.opensearch.plugin:transport-netty4-client:$VERSION
  rm -f "$DIR"/modules/transport-netty4/netty-codec-native-quic-*-{osx,windows,linux-aarch}*.jar
  module transport-netty4 org.opensearch.transport.Netty4ModulePlugin
  resolve "$DIR/modules/analysis-common" org.opensearch.plugin:analysis-common:$VERSION
  module analysis-common org.opensearch.analysis.common.CommonAnalysisModulePlugin
fi

cat > "$DIR/config/opensearch.yml" <<EOF
cluster.name: educloud-check
node.name: node-1
discovery.type: single-node
network.host: 127.0.0.1
http.port: $PORT
transport.port: $((PORT + 100))
path.data: $DIR/data
path.logs: $DIR/logs
EOF
cat > "$DIR/config/log4j2.properties" <<'EOF'
status = error
appender.console.type = Console
appender.console.name = console
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %m%n
rootLogger.level = info
rootLogger.appenderRef.console.ref = console
EOF
touch "$DIR/config/jvm.options"

# OpenSearch refuses to run as root unless it cannot tell: without JNA's native library (jna.nosys, jna.nounpack)
# it skips the root check, memory locking and the system call filter, and says so in the log.
NODE=("$JAVA_HOME/bin/java" -Xms512m -Xmx512m -XX:+UseSerialGC -Djna.nosys=true -Djna.nounpack=true
  -Dopensearch.path.home="$DIR" -Dopensearch.path.conf="$DIR/config" -Dopensearch.distribution.type=tar
  -cp "$DIR/lib/*" org.opensearch.bootstrap.OpenSearch)
if ! $CHECK; then
  exec "${NODE[@]}"
fi

"${NODE[@]}" > "$DIR/logs/console.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
BASE=http://127.0.0.1:$PORT
for _ in $(seq 1 120); do
  curl -sf "$BASE" > /dev/null && break
  kill -0 $PID 2>/dev/null || { tail -40 "$DIR/logs/console.log"; exit 1; }
  sleep 1
done
curl -sf "$BASE" | grep '"number"'
json() { curl -sf -H 'Content-Type: application/json' "$@"; echo; }
curl -s -XDELETE "$BASE/library-check" > /dev/null
json -XPUT "$BASE/library-check" -d '{
  "settings": {"number_of_shards": 1, "number_of_replicas": 0, "analysis": {
    "filter": {"bigrams_and_unigrams": {"type": "cjk_bigram", "output_unigrams": true}},
    "analyzer": {"bigrams_html": {"type": "custom", "tokenizer": "standard", "char_filter": ["html_strip"],
                                  "filter": ["cjk_width", "lowercase", "bigrams_and_unigrams"]}}}},
  "mappings": {"properties": {"words": {"type": "text", "analyzer": "whitespace"},
                              "bigrams": {"type": "text", "analyzer": "bigrams_html"},
                              "stage": {"type": "keyword"}}}}'
json -XPUT "$BASE/library-check/_doc/1?refresh=true" -d '{"words": "分数 的 初步 认识 中华人民共和国",
  "bigrams": "分数的初步认识 <b>中华人民共和国</b>", "stage": "PRIMARY"}'
json "$BASE/library-check/_search?filter_path=hits.total,hits.hits._id,aggregations" -d '{
  "query": {"bool": {"must": [{"term": {"words": "初步"}}, {"term": {"bigrams": "中华"}}]}},
  "aggs": {"stage": {"terms": {"field": "stage"}}}}'
