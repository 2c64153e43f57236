package org.liaison.bench;

import java.nio.file.Path;

/**
 * Where a benchmark may write, and the size asked for.
 *
 * @param workDirectory a fresh folder for the run's files
 * @param rows how many rows to write, when the benchmark writes rows (default 100,000)
 */
public record BenchSettings(Path workDirectory, int rows) {
}
