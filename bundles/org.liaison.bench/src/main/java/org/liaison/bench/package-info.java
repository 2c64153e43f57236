/** Benchmarks run by {@code ./liaison bench NAME}, contributed as {@link org.liaison.bench.Benchmark} services. */
package org.liaison.bench;
