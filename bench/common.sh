# Sourced by the benchmarks: builds foresite.jar and the test classes (the corpus generator, the quality
# measures) with the Maven wrapper, and sets CP to the test classpath. Needs WORK, the benchmark's work folder.
build_classes() {
  ./mvnw -q -B -DskipTests package test-compile >&2
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >&2
  CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
}
