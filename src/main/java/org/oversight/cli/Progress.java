package org.oversight.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/** A one-line progress display on the terminal, for files large enough to wait for. */
final class Progress {

    /** Smaller inputs finish before a display would help. */
    private static final long SHOW_ABOVE_BYTES = 1L << 20;

    private final PrintWriter terminal;
    private final String label;
    private final long total;
    private long done;
    private int lastPercent = -1;

    Progress(PrintWriter terminal, String label, long total) {
        this.terminal = terminal;
        this.label = label;
        this.total = total;
    }

    InputStream track(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    advance(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    advance(n);
                }
                return n;
            }
        };
    }

    private synchronized void advance(long bytes) {
        done += bytes;
        if (total < SHOW_ABOVE_BYTES) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            int bar = percent / 4;
            terminal.print("\r" + label + " [" + "#".repeat(bar) + " ".repeat(25 - bar) + "] " + percent + "% of "
                    + megabytes(total));
            terminal.flush();
        }
    }

    void done(String next) {
        if (total >= SHOW_ABOVE_BYTES) {
            terminal.println();
        }
        terminal.println(label + " (" + megabytes(total) + "): done; " + next + " ...");
        terminal.flush();
    }

    private static String megabytes(long bytes) {
        return bytes < (1 << 20) ? (bytes / 1024 + 1) + " KB" : String.format("%.1f MB", bytes / 1048576.0);
    }
}
