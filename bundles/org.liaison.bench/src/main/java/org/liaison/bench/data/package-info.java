/** Synthetic data for benchmarks and tests: realistic UK and French contacts with planted duplicates. */
package org.liaison.bench.data;
