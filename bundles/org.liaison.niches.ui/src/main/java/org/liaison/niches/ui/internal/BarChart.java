package org.liaison.niches.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A bar chart drawn on a canvas: one group of bars per label, one bar per series, each series in
 * its colour with a key above; values are scaled to the tallest bar.
 */
final class BarChart {

    private static final RGB[] COLOURS = {new RGB(0x2f, 0x4f, 0x6f), new RGB(0xc0, 0x7a, 0x2a), new RGB(0x4f, 0x8a, 0x5b)};

    private final Canvas canvas;
    private String title = "";
    private List<String> labels = List.of();
    private List<String> series = List.of();
    private double[][] values = new double[0][0];

    BarChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    /** @param values one row per label, one column per series */
    void show(String newTitle, List<String> newLabels, List<String> newSeries, double[][] newValues) {
        title = newTitle;
        labels = List.copyOf(newLabels);
        series = List.copyOf(newSeries);
        values = newValues;
        canvas.redraw();
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        int line = gc.getFontMetrics().getHeight();
        gc.drawText(title, 6, 4, true);
        int keyX = 6;
        for (int s = 0; s < series.size(); s++) {
            Color colour = new Color(COLOURS[s % COLOURS.length]);
            gc.setBackground(colour);
            gc.fillRectangle(keyX, 8 + line, line - 4, line - 4);
            gc.drawText(series.get(s), keyX + line, 6 + line, true);
            keyX += line + gc.textExtent(series.get(s)).x + 16;
        }
        int top = 14 + 2 * line;
        int bottom = area.height - line - 8;
        if (labels.isEmpty() || bottom <= top) {
            return;
        }
        double max = 0;
        for (double[] row : values) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        int group = Math.max(1, (area.width - 12) / labels.size());
        int bar = Math.max(2, (group - 8) / Math.max(1, series.size()));
        gc.drawLine(6, bottom, area.width - 6, bottom);
        for (int l = 0; l < labels.size(); l++) {
            int x = 6 + l * group + 4;
            for (int s = 0; s < series.size(); s++) {
                int height = max == 0 ? 0 : (int) Math.round(values[l][s] / max * (bottom - top));
                gc.setBackground(new Color(COLOURS[s % COLOURS.length]));
                gc.fillRectangle(x + s * bar, bottom - height, bar - 1, height);
            }
            String label = labels.get(l);
            Point extent = gc.textExtent(label);
            if (extent.x > group - 2) {
                label = label.substring(0, Math.max(1, label.length() * (group - 2) / extent.x));
            }
            gc.drawText(label, x, bottom + 2, true);
        }
    }
}
