package org.liaison.niches.ui.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.liaison.core.i18n.Messages;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.Niche;
import org.liaison.workbench.Entry;
import org.liaison.workbench.Open;
import org.liaison.workbench.SearchProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The niches' part of the search over every area: niches by words of their name or description in
 * either language, then needs and offers by words of their description.
 */
@Component
public class NichesSearch implements SearchProvider {

    private final NichesServices services;

    @Activate
    public NichesSearch(@Reference NichesServices services) {
        this.services = services;
    }

    @Override
    public int rank() {
        return 30;
    }

    @Override
    public String title(Locale locale) {
        return NichesTexts.in(locale).get("search.title");
    }

    @Override
    public List<Entry> search(String text, int limit, Locale locale) {
        Messages texts = NichesTexts.in(locale);
        String[] words = plain(text).split("\\s+");
        List<Entry> found = new ArrayList<>();
        for (Niche niche : services.niches().niches(locale)) {
            String haystack = " " + plain(String.join(" ", niche.nameEn(), niche.nameFr(), niche.description(Locale.ENGLISH),
                    niche.description(Locale.FRENCH))).replaceAll("[^\\p{L}\\p{N}]+", " ");
            boolean all = true;
            for (String word : words) {
                all &= word.isEmpty() || haystack.contains(" " + word);
            }
            if (all && found.size() < limit) {
                found.add(new Entry(niche.name(locale), texts.get("search.niche", String.join(", ", niche.rule().sectors())),
                        Open.command(NichesUi.SHOW, NichesUi.NICHE_PARAMETER, niche.id().toString())));
            }
        }
        for (NeedOffer item : services.needsOffers().search(text, Math.max(0, limit - found.size()))) {
            found.add(new Entry(item.description(), texts.get("search.needOffer", texts.get("needOffer." + item.kind().name()),
                    texts.get("needOffer." + item.statusOn(java.time.LocalDate.now()).name())),
                    Open.command(NichesUi.SHOW, NichesUi.NEED_OFFER_PARAMETER, item.id().toString())));
        }
        return found;
    }

    /** Lower case without accents, as people type a search. */
    private static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
