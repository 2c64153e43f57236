package org.liaison.test.support;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a started process writes, read as it comes by a thread of its own, so that a test waits
 * for a line or for the end of the process within a bound, never on a read that may not return.
 */
public final class ProcessOutput {

    private final Process process;
    private final StringBuffer text = new StringBuffer();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reading;

    private ProcessOutput(Process process) {
        this.process = process;
        this.reading = new Thread(() -> new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                .lines().forEach(line -> {
                    text.append(line).append('\n');
                    lines.add(line);
                }), "process output");
        reading.setDaemon(true);
        reading.start();
    }

    public static ProcessOutput of(Process process) {
        return new ProcessOutput(process);
    }

    /** The first line not read yet that holds {@code wanted}, waiting at most {@code within}. */
    public String awaitLine(String wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        for (String line; (line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null;) {
            if (line.contains(wanted)) {
                return line;
            }
        }
        throw new AssertionError("no line with '" + wanted + "' within " + within + "; the process wrote:\n" + text);
    }

    /** Everything written so far. */
    public String text() {
        return text.toString();
    }

    /**
     * Everything the process wrote, once it has ended within {@code within}; a process still running
     * then is killed and the test fails with what it wrote.
     */
    public String awaitEnd(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the process did not end within " + within + "; it wrote:\n" + text);
        }
        reading.join(5_000);
        return text.toString();
    }
}
