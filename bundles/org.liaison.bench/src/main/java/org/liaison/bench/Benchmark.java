package org.liaison.bench;

import java.io.PrintStream;

/**
 * A benchmark that {@code ./liaison bench NAME} runs. Register an implementation as an OSGi
 * service (whiteboard): any bundle, an agency's too, can add one.
 *
 * <p>A benchmark measures its figure and, in the same run, the raw baseline it is compared with,
 * and prints both with {@link BenchLine}.
 */
public interface Benchmark {

    /** The name given on the command line, e.g. {@code store-write}. */
    String name();

    /** One sentence saying what is measured against what. */
    String description();

    /** Runs the benchmark and prints its lines to {@code out}. */
    void run(BenchSettings settings, PrintStream out) throws Exception;
}
