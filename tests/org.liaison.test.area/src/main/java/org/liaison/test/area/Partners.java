package org.liaison.test.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.liaison.workbench.AreaCount;
import org.liaison.workbench.Entry;
import org.liaison.workbench.Open;
import org.liaison.workbench.TodayCard;
import org.osgi.service.component.annotations.Component;

/**
 * A second area as an agency's bundle would add one: its entry (fragment.e4xmi), its count and a
 * Today card ({@link PartnersSearch} is its part of the search over every area). It also records what its command opened,
 * for the tests to check.
 */
@Component(service = { Partners.class, AreaCount.class, TodayCard.class })
public class Partners implements AreaCount, TodayCard {

    public static final String AREA = "org.liaison.test.area";
    public static final String OPEN = "org.liaison.test.area.command.open";
    public static final String NAME = "org.liaison.test.area.commandparameter.name";
    public static final List<String> NAMES = List.of("Seine Logistique", "Sussex Vineyards");

    private final List<String> opened = new ArrayList<>();

    @Override
    public String areaId() {
        return AREA;
    }

    @Override
    public long count() {
        return NAMES.size();
    }

    @Override
    public int rank() {
        return 30;
    }

    @Override
    public String title(Locale locale) {
        return locale.getLanguage().equals("fr") ? "Partenaires à relancer" : "Partners to follow up";
    }

    @Override
    public Content content(Locale locale) {
        return new Content(NAMES.size(), NAMES.stream().map(Partners::entry).toList(), "", Open.area(AREA));
    }

    static Entry entry(String name) {
        return new Entry(name, "partner", Open.command(OPEN, NAME, name));
    }

    synchronized void opened(String name) {
        opened.add(name);
    }

    /** The names the command opened, in order. */
    public synchronized List<String> opened() {
        return List.copyOf(opened);
    }
}
