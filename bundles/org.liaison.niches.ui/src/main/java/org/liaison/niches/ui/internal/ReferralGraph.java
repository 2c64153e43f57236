package org.liaison.niches.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.liaison.niches.Referral;

/**
 * A contact's referral graph two steps out, drawn with the contact in the middle, those one step
 * away on an inner ring and those two steps away on an outer one; each line runs from referrer to
 * referred, with a dot at the referred end.
 */
final class ReferralGraph {

    private final Canvas canvas;
    private UUID centre;
    private List<Referral> edges = List.of();
    private Map<UUID, String> names = Map.of();
    private String empty = "";

    ReferralGraph(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    void show(UUID contact, List<Referral> referrals, Map<UUID, String> contactNames, String whenNone) {
        centre = contact;
        edges = List.copyOf(referrals);
        names = Map.copyOf(contactNames);
        empty = whenNone;
        canvas.redraw();
    }

    /** Each contact's ring: 0 the centre, 1 and 2 the steps out. */
    private Map<UUID, Integer> rings() {
        Map<UUID, Integer> ring = new LinkedHashMap<>();
        ring.put(centre, 0);
        for (int step = 1; step <= 2; step++) {
            for (Referral edge : edges) {
                for (UUID[] ends : new UUID[][] {{edge.referrer(), edge.referred()}, {edge.referred(), edge.referrer()}}) {
                    if (ring.getOrDefault(ends[0], -1) == step - 1 && !ring.containsKey(ends[1])) {
                        ring.put(ends[1], step);
                    }
                }
            }
        }
        return ring;
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        if (centre == null || edges.isEmpty()) {
            gc.drawText(empty, 6, 6, true);
            return;
        }
        Map<UUID, Integer> rings = rings();
        Map<UUID, Point> at = new LinkedHashMap<>();
        int outermost = Math.max(1, rings.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int cx = area.width / 2;
        int cy = area.height / 2;
        for (int ring = 0; ring <= 2; ring++) {
            List<UUID> onRing = new ArrayList<>();
            for (Map.Entry<UUID, Integer> e : rings.entrySet()) {
                if (e.getValue() == ring) {
                    onRing.add(e.getKey());
                }
            }
            for (int i = 0; i < onRing.size(); i++) {
                double angle = 2 * Math.PI * i / onRing.size() + ring * 0.4;
                double reach = (double) ring / outermost; // the outermost ring at the edge, the others evenly inside it
                at.put(onRing.get(i), new Point(cx + (int) (Math.cos(angle) * reach * (area.width / 2 - 60)),
                        cy + (int) (Math.sin(angle) * reach * (area.height / 2 - 14))));
            }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        for (Referral edge : edges) {
            Point from = at.get(edge.referrer());
            Point to = at.get(edge.referred());
            if (from != null && to != null) {
                gc.drawLine(from.x, from.y, to.x, to.y);
                gc.fillOval(to.x - 3 + (from.x - to.x) / 5, to.y - 3 + (from.y - to.y) / 5, 6, 6);
            }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        for (Map.Entry<UUID, Point> node : at.entrySet()) {
            String name = names.getOrDefault(node.getKey(), "?");
            Point extent = gc.textExtent(name);
            int x = node.getValue().x - extent.x / 2;
            int y = node.getValue().y - extent.y / 2;
            gc.fillRectangle(x - 3, y - 1, extent.x + 6, extent.y + 2);
            gc.drawRectangle(x - 3, y - 1, extent.x + 6, extent.y + 2);
            gc.drawText(name, x, y, true);
        }
    }
}
