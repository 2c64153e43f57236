package org.liaison.test.area;

import java.util.List;
import java.util.Locale;

import org.liaison.workbench.Entry;
import org.liaison.workbench.SearchProvider;
import org.osgi.service.component.annotations.Component;

/** The test area's part of the search over every area: the partners whose name holds the words. */
@Component
public class PartnersSearch implements SearchProvider {

    @Override
    public int rank() {
        return 30;
    }

    @Override
    public String title(Locale locale) {
        return locale.getLanguage().equals("fr") ? "Partenaires" : "Partners";
    }

    @Override
    public List<Entry> search(String text, int limit, Locale locale) {
        return Partners.NAMES.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))).limit(limit)
                .map(Partners::entry).toList();
    }
}
