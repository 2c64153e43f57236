package org.liaison.meetings.internal.niches;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.liaison.core.i18n.Messages;
import org.liaison.meetings.interview.AnsweredQuestion;
import org.liaison.meetings.interview.Effect;
import org.liaison.meetings.interview.InterviewFollowOn;
import org.liaison.meetings.internal.MeetingTexts;
import org.liaison.niches.Category;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.NeedsOffers;
import org.liaison.niches.Scope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A confirmed interview's needs and offers put on the niches' board, valid for six months. Active
 * only where the niches area is installed: its class is loaded once the needs-and-offers service
 * is there, so the meetings work without it.
 */
@Component(service = InterviewFollowOn.class)
public class NeedsOffersFollowOn implements InterviewFollowOn {

    static final int MONTHS_VALID = 6;

    private final NeedsOffers needsOffers;

    @Activate
    public NeedsOffersFollowOn(@Reference NeedsOffers needsOffers) {
        this.needsOffers = needsOffers;
    }

    @Override
    public List<String> preview(UUID contactId, List<AnsweredQuestion> answers, String language, Locale locale) {
        Messages texts = MeetingTexts.in(locale);
        return items(contactId, answers, language).stream()
                .map(item -> texts.get("followOn." + item.kind().name(), item.category().name(), item.description())).toList();
    }

    @Override
    public void apply(UUID contactId, List<AnsweredQuestion> answers, String language, Locale locale) {
        for (NeedOffer item : items(contactId, answers, language)) {
            needsOffers.save(item, locale);
        }
    }

    private static List<NeedOffer> items(UUID contactId, List<AnsweredQuestion> answers, String language) {
        List<NeedOffer> items = new ArrayList<>();
        LocalDate until = LocalDate.now().plusMonths(MONTHS_VALID);
        for (AnsweredQuestion answered : answers) {
            String description = answered.answer().length() > 4000 ? answered.answer().substring(0, 4000) : answered.answer();
            if (answered.question().effect() instanceof Effect.Need need) {
                items.add(new NeedOffer(null, NeedOffer.Kind.NEED, contactId, category(need.category()), description, language, Set.of(),
                        Set.of(), Scope.ANY, until, null));
            } else if (answered.question().effect() instanceof Effect.Offer offer) {
                items.add(new NeedOffer(null, NeedOffer.Kind.OFFER, contactId, category(offer.category()), description, language, Set.of(),
                        Set.of(), Scope.ANY, until, null));
            }
        }
        return items;
    }

    /** A template's category by name; one the niches area does not know is OTHER. */
    private static Category category(String name) {
        for (Category category : Category.values()) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        return Category.OTHER;
    }
}
