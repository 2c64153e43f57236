package org.liaison.meetings.ui.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.liaison.core.i18n.Messages;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;

/**
 * A week (hours down, days across) or a month (weeks down, days across) of meetings, drawn with
 * SWT alone. Times are shown in this computer's zone; a meeting held in another zone also shows
 * its own hour ("09:00 · 10:00 Europe/Paris"). A click chooses a meeting, a double click or Enter
 * opens it; Page Up and Page Down turn the page.
 */
final class CalendarSheet {

    enum Mode {
        WEEK, MONTH
    }

    static final int FIRST_HOUR = 7;
    static final int LAST_HOUR = 21;
    private static final int GUTTER = 52;
    private static final int HEADER = 24;
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final Canvas canvas;
    private final Messages texts;
    private final ZoneId zone = ZoneId.systemDefault();
    private Mode mode = Mode.WEEK;
    private LocalDate first;
    private List<Meeting> meetings = List.of();
    private final Map<Meeting, Rectangle> drawn = new LinkedHashMap<>();
    private Meeting chosen;
    private Consumer<Meeting> onChoose = m -> {
    };
    private Consumer<Meeting> onOpen = m -> {
    };
    private Consumer<Integer> onTurn = step -> {
    };

    CalendarSheet(Composite parent, Messages texts) {
        this.texts = texts;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseDown, e -> {
            canvas.setFocus();
            choose(at(e.x, e.y));
        });
        canvas.addListener(SWT.MouseDoubleClick, e -> {
            Meeting hit = at(e.x, e.y);
            if (hit != null) {
                onOpen.accept(hit);
            }
        });
        canvas.addListener(SWT.KeyDown, e -> {
            if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && chosen != null) {
                onOpen.accept(chosen);
            } else if (e.keyCode == SWT.PAGE_UP || e.keyCode == SWT.PAGE_DOWN) {
                onTurn.accept(e.keyCode == SWT.PAGE_UP ? -1 : 1);
            } else if (e.keyCode == SWT.ARROW_RIGHT || e.keyCode == SWT.ARROW_LEFT) {
                step(e.keyCode == SWT.ARROW_RIGHT ? 1 : -1);
            }
        });
        canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN);
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
    }

    Canvas control() {
        return canvas;
    }

    ZoneId zone() {
        return zone;
    }

    void onChoose(Consumer<Meeting> action) {
        onChoose = action;
    }

    void onOpen(Consumer<Meeting> action) {
        onOpen = action;
    }

    void onTurn(Consumer<Integer> action) {
        onTurn = action;
    }

    Meeting chosen() {
        return chosen;
    }

    List<Meeting> shownMeetings() {
        return meetings;
    }

    /** Shows {@code shown}, which starts on {@code firstDay}, in {@code newMode}; the meeting chosen stays chosen if it is there. */
    void show(Mode newMode, LocalDate firstDay, List<Meeting> shown) {
        mode = newMode;
        first = firstDay;
        meetings = shown.stream().sorted(Comparator.comparing(Meeting::start)).toList();
        if (chosen != null) {
            chosen = meetings.stream().filter(m -> m.id().equals(chosen.id())).findFirst().orElse(null);
        }
        canvas.redraw();
    }

    /** Chooses the meeting {@code id} when it is shown. */
    void choose(java.util.UUID id) {
        choose(meetings.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null));
    }

    private void choose(Meeting meeting) {
        chosen = meeting;
        onChoose.accept(meeting);
        canvas.redraw();
    }

    /** The next or previous meeting, by start. */
    private void step(int direction) {
        if (meetings.isEmpty()) {
            return;
        }
        int at = chosen == null ? (direction > 0 ? -1 : meetings.size()) : meetings.indexOf(chosen);
        choose(meetings.get(Math.floorMod(at + direction, meetings.size())));
    }

    private Meeting at(int x, int y) {
        for (Map.Entry<Meeting, Rectangle> block : drawn.entrySet()) {
            if (block.getValue().contains(x, y)) {
                return block.getKey();
            }
        }
        return null;
    }

    private void paint(Event event) {
        GC gc = event.gc;
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        drawn.clear();
        if (first == null) {
            return;
        }
        if (mode == Mode.WEEK) {
            paintWeek(gc, area);
        } else {
            paintMonth(gc, area);
        }
    }

    private void paintWeek(GC gc, Rectangle area) {
        int columns = 7;
        double width = (area.width - GUTTER) / (double) columns;
        double hour = (area.height - HEADER) / (double) (LAST_HOUR - FIRST_HOUR);
        Color lines = canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
        Color text = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        LocalDate today = LocalDate.now(zone);
        for (int day = 0; day < columns; day++) {
            LocalDate date = first.plusDays(day);
            int x = GUTTER + (int) (day * width);
            if (date.equals(today)) {
                gc.setBackground(tint(0xEEF4FA));
                gc.fillRectangle(x, 0, (int) width, area.height);
            }
            gc.setForeground(text);
            gc.drawString(date.getDayOfWeek().getDisplayName(TextStyle.SHORT, texts.locale()) + " " + date.getDayOfMonth(), x + 4, 4, true);
            gc.setForeground(lines);
            gc.drawLine(x, 0, x, area.height);
        }
        for (int h = FIRST_HOUR; h <= LAST_HOUR; h++) {
            int y = HEADER + (int) ((h - FIRST_HOUR) * hour);
            gc.setForeground(lines);
            gc.drawLine(GUTTER, y, area.width, y);
            gc.setForeground(text);
            gc.drawString(String.format("%02d:00", h), 6, y - (h == FIRST_HOUR ? 0 : 7), true);
        }
        for (int day = 0; day < columns; day++) {
            LocalDate date = first.plusDays(day);
            List<Meeting> ofDay = meetings.stream().filter(m -> m.start().atZone(zone).toLocalDate().equals(date)).toList();
            List<List<Meeting>> lanes = lanes(ofDay);
            for (int lane = 0; lane < lanes.size(); lane++) {
                for (Meeting meeting : lanes.get(lane)) {
                    ZonedDateTime start = meeting.start().atZone(zone);
                    ZonedDateTime end = meeting.end().atZone(zone);
                    double from = Math.max(FIRST_HOUR, hours(start.toLocalTime()));
                    double to = end.toLocalDate().isAfter(date) ? LAST_HOUR : Math.min(LAST_HOUR, hours(end.toLocalTime()));
                    to = Math.max(to, from + 0.5);
                    double laneWidth = (width - 4) / lanes.size();
                    Rectangle block = new Rectangle(GUTTER + (int) (day * width + 2 + lane * laneWidth), HEADER + (int) ((from - FIRST_HOUR) * hour),
                            (int) laneWidth - 2, (int) ((to - from) * hour) - 1);
                    block(gc, meeting, block, label(meeting));
                }
            }
        }
    }

    private void paintMonth(GC gc, Rectangle area) {
        double width = area.width / 7.0;
        double height = (area.height - HEADER) / 6.0;
        Color lines = canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
        Color text = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        Color other = canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
        LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        LocalDate today = LocalDate.now(zone);
        for (int d = 0; d < 7; d++) {
            gc.setForeground(text);
            gc.drawString(DayOfWeek.of(d + 1).getDisplayName(TextStyle.FULL, texts.locale()), (int) (d * width) + 4, 4, true);
        }
        int lineHeight = gc.getFontMetrics().getHeight() + 2;
        for (int cell = 0; cell < 42; cell++) {
            LocalDate date = start.plusDays(cell);
            int x = (int) (cell % 7 * width);
            int y = HEADER + (int) (cell / 7 * height);
            if (date.equals(today)) {
                gc.setBackground(tint(0xEEF4FA));
                gc.fillRectangle(x, y, (int) width, (int) height);
            }
            gc.setForeground(lines);
            gc.drawRectangle(x, y, (int) width, (int) height);
            gc.setForeground(date.getMonth() == first.getMonth() ? text : other);
            gc.drawString(Integer.toString(date.getDayOfMonth()), x + 4, y + 2, true);
            List<Meeting> ofDay = meetings.stream().filter(m -> m.start().atZone(zone).toLocalDate().equals(date)).toList();
            int fits = Math.max(0, ((int) height - lineHeight - 4) / lineHeight);
            for (int i = 0; i < ofDay.size() && i < fits; i++) {
                boolean last = i == fits - 1 && ofDay.size() > fits;
                if (last) {
                    gc.setForeground(text);
                    gc.drawString(texts.get("calendar.more", ofDay.size() - i), x + 4, y + lineHeight * (i + 1) + 2, true);
                    break;
                }
                Meeting meeting = ofDay.get(i);
                block(gc, meeting, new Rectangle(x + 2, y + lineHeight * (i + 1) + 2, (int) width - 4, lineHeight - 1),
                        HOURS.format(meeting.start().atZone(zone)) + " " + meeting.title());
            }
        }
    }

    private void block(GC gc, Meeting meeting, Rectangle block, String label) {
        gc.setBackground(tint(colour(meeting.kind())));
        gc.fillRoundRectangle(block.x, block.y, block.width, block.height, 6, 6);
        gc.setForeground(canvas.getDisplay().getSystemColor(meeting.equals(chosen) ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.setLineWidth(meeting.equals(chosen) ? 3 : 1);
        gc.drawRoundRectangle(block.x, block.y, block.width, block.height, 6, 6);
        gc.setLineWidth(1);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.setClipping(block);
        gc.drawText(label, block.x + 4, block.y + 2, SWT.DRAW_TRANSPARENT | SWT.DRAW_DELIMITER);
        gc.setClipping((Rectangle) null);
        drawn.put(meeting, block);
    }

    /** Title, hour here, and the meeting's own hour when it is held in another zone. */
    private String label(Meeting meeting) {
        String here = HOURS.format(meeting.start().atZone(zone)) + "\u2013" + HOURS.format(meeting.end().atZone(zone));
        if (!meeting.zone().getRules().getOffset(meeting.start()).equals(zone.getRules().getOffset(meeting.start()))) {
            here += " \u00b7 " + texts.get("calendar.localTime", HOURS.format(meeting.localStart()), meeting.zone().getId());
        }
        return meeting.title() + "\n" + here;
    }

    /** Meetings of one day in side-by-side lanes, so that overlapping ones do not hide each other. */
    private static List<List<Meeting>> lanes(List<Meeting> ofDay) {
        List<List<Meeting>> lanes = new ArrayList<>();
        for (Meeting meeting : ofDay) {
            List<Meeting> free = lanes.stream().filter(l -> !l.get(l.size() - 1).end().isAfter(meeting.start())).findFirst().orElse(null);
            if (free == null) {
                free = new ArrayList<>();
                lanes.add(free);
            }
            free.add(meeting);
        }
        return lanes;
    }

    private static double hours(LocalTime time) {
        return time.getHour() + time.getMinute() / 60.0;
    }

    private static int colour(MeetingKind kind) {
        return switch (kind) {
            case ONE_TO_ONE -> 0xD6E6F5;
            case NETWORK_EVENT -> 0xF8DEC2;
            case BROKERAGE -> 0xE5D9F2;
            case NEEDS_ASSESSMENT -> 0xD5EFD8;
            case CALL -> 0xF2F0C4;
        };
    }

    /** A colour made without a device, which needs no disposing (SWT 3.115 on). */
    private static Color tint(int rgb) {
        return new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }
}
