package org.liaison.campaigns.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.liaison.campaigns.Progress;
import org.liaison.core.i18n.Messages;

/** A campaign's results as horizontal bars: sent, bounced, unsubscribed, failed, left out, waiting. */
final class ResultsChart {

    private static final int BAR_HEIGHT = 16;
    private static final int GAP = 6;
    private static final int LABEL_WIDTH = 170;

    private final Canvas canvas;
    private final Messages texts;
    private Progress progress;

    ResultsChart(Composite parent, Messages texts) {
        this.texts = texts;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    void show(Progress shown) {
        progress = shown;
        canvas.redraw();
    }

    private void paint(GC gc) {
        if (progress == null) {
            return;
        }
        long[] values = {progress.sent(), progress.bounced(), progress.unsubscribed(), progress.failed(),
                progress.skipped(), progress.waiting()};
        String[] keys = {"chart.sent", "chart.bounced", "chart.unsubscribed", "chart.failed", "chart.skipped", "chart.waiting"};
        int[] colours = {SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_RED, SWT.COLOR_DARK_YELLOW, SWT.COLOR_RED, SWT.COLOR_GRAY,
                SWT.COLOR_DARK_BLUE};
        long largest = 1;
        for (long value : values) {
            largest = Math.max(largest, value);
        }
        Point size = canvas.getSize();
        int room = Math.max(10, size.x - LABEL_WIDTH - 60);
        for (int i = 0; i < values.length; i++) {
            int y = GAP + i * (BAR_HEIGHT + GAP);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(texts.get(keys[i]), 4, y, true);
            Color colour = canvas.getDisplay().getSystemColor(colours[i]);
            gc.setBackground(colour);
            int width = (int) (room * values[i] / largest);
            gc.fillRectangle(LABEL_WIDTH, y, Math.max(width, values[i] > 0 ? 2 : 0), BAR_HEIGHT);
            gc.drawText(Long.toString(values[i]), LABEL_WIDTH + width + 6, y, true);
        }
    }

    static int height() {
        return 6 * (BAR_HEIGHT + GAP) + GAP;
    }
}
