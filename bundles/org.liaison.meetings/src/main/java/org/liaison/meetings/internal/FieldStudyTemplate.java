package org.liaison.meetings.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.liaison.contacts.BarrierKind;
import org.liaison.contacts.Readiness;
import org.liaison.meetings.interview.Effect;
import org.liaison.meetings.interview.InterviewTemplate;
import org.liaison.meetings.interview.Question;
import org.osgi.service.component.annotations.Component;

/**
 * The needs-assessment questions of the field study: needs for expertise, knowledge and know-how,
 * what the person can offer, readiness to network, the three kinds of barrier, how they like to be
 * reached and their interest in working across the Channel.
 */
@Component(service = InterviewTemplate.class, property = "service.ranking:Integer=100")
public class FieldStudyTemplate implements InterviewTemplate {

    public static final String ID = "field-study";

    private static final List<Question> QUESTIONS = List.of(
            question("need.expertise", "What expertise are you looking for?", "Quelle expertise recherchez-vous ?",
                    new Effect.Need("EXPERTISE")),
            question("need.knowledge", "What knowledge do you need (markets, rules, funding)?",
                    "De quelles connaissances avez-vous besoin (marchés, règles, financements) ?", new Effect.Need("KNOWLEDGE")),
            question("need.knowHow", "What know-how would help your business?", "Quel savoir-faire aiderait votre entreprise ?",
                    new Effect.Need("KNOW_HOW")),
            question("offer", "What can you offer other members?", "Que pouvez-vous offrir aux autres membres ?", new Effect.Offer("OTHER")),
            new Question("readiness", Map.of("en", "How ready are you to network?", "fr", "Êtes-vous prêt à travailler en réseau ?"),
                    new Effect.SetsReadiness(), Arrays.stream(Readiness.values()).map(Readiness::name).toList()),
            question("barrier.geo", "What makes it hard because of distance, language or place?",
                    "Qu'est-ce qui est difficile à cause de la distance, de la langue ou du lieu ?",
                    new Effect.AddsBarrier(BarrierKind.GEO_DEMOGRAPHIC)),
            question("barrier.personal", "What in your situation or your organisation's holds you back?",
                    "Qu'est-ce qui, dans votre situation ou celle de votre organisation, vous freine ?",
                    new Effect.AddsBarrier(BarrierKind.PERSONAL_ORGANISATIONAL)),
            question("barrier.veiled", "Staff impression: reasons not said out loud", "Impression du conseiller : raisons non dites",
                    new Effect.AddsBarrier(BarrierKind.VEILED)),
            question("communication", "How do you prefer to be contacted?", "Comment préférez-vous être contacté ?", new Effect.Recorded()),
            new Question("crossBorder", Map.of("en", "Are you interested in working across the Channel?",
                    "fr", "Souhaitez-vous travailler de l'autre côté de la Manche ?"), new Effect.Recorded(), List.of("YES", "MAYBE", "NO")));

    private static Question question(String id, String english, String french, Effect effect) {
        return new Question(id, Map.of("en", english, "fr", french), effect, List.of());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return MeetingTexts.in(locale).get("interview.fieldStudy");
    }

    @Override
    public List<Question> questions() {
        return QUESTIONS;
    }
}
