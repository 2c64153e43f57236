package org.liaison.contacts.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.liaison.contacts.Email;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.io.ImportRow;
import org.liaison.contacts.io.VCardExchange;
import org.liaison.contacts.sectors.NaceTaxonomy;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.StructuredName;

/** vCard reading and writing with ez-vcard. */
@Component(service = VCardExchange.class)
public class EzVCardExchange implements VCardExchange {

    /** The most one card may hold (a photo included): past it, the card never ends or the file is damaged. */
    static final int MAX_CARD_MB = 16;

    private final ImportRowReader reader;

    @Activate
    public EzVCardExchange(@Reference NaceTaxonomy sectors) {
        this.reader = new ImportRowReader(new ContactChecks(sectors, Set::of));
    }

    @Override
    public String write(List<Person> people, Version version) {
        List<VCard> cards = new ArrayList<>();
        for (Person person : people) {
            VCard card = new VCard();
            StructuredName name = new StructuredName();
            name.setGiven(person.givenName());
            name.setFamily(person.familyName());
            card.setStructuredName(name);
            card.setFormattedName(person.displayName());
            for (Email email : person.emails()) {
                ezvcard.property.Email property = card.addEmail(email.address(), EmailType.INTERNET);
                if (email.primary()) {
                    property.setPref(1);
                }
            }
            for (Phone phone : person.phones()) {
                card.addTelephoneNumber(phone.number(), type(phone.kind()));
            }
            PostalAddress a = person.address();
            if (a.city() != null || a.postcode() != null || a.street() != null) {
                Address address = new Address();
                address.setStreetAddress(a.street());
                address.setPostalCode(a.postcode());
                address.setLocality(a.city());
                address.setCountry(a.country());
                card.addAddress(address);
            }
            if (!person.tags().isEmpty()) {
                Categories categories = new Categories();
                categories.getValues().addAll(person.tags());
                card.setCategories(categories);
            }
            if (person.preferredLanguage() != null) {
                card.addLanguage(person.preferredLanguage());
            }
            cards.add(card);
        }
        // the reader and writer classes, not the Ezvcard facade, which needs the optional template engine
        StringWriter text = new StringWriter();
        try (VCardWriter writer = new VCardWriter(text, version == Version.V3_0 ? VCardVersion.V3_0 : VCardVersion.V4_0)) {
            writer.setAddProdId(false);
            for (VCard card : cards) {
                writer.write(card);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static TelephoneType type(Phone.Kind kind) {
        return switch (kind) {
            case MOBILE -> TelephoneType.CELL;
            case WORK -> TelephoneType.WORK;
            case HOME -> TelephoneType.HOME;
            default -> TelephoneType.VOICE;
        };
    }

    @Override
    public List<Person> read(Reader vcards, String defaultCountry, Locale locale) throws IOException {
        List<Person> people = new ArrayList<>();
        List<ValidationProblem> problems = new ArrayList<>();
        RecordBoundReader bound = new RecordBoundReader(vcards, MAX_CARD_MB * 1024L * 1024L);
        int number = 0;
        try (VCardReader reader = new VCardReader(bound)) {
            while (true) {
                VCard card;
                try {
                    card = reader.readNext();
                } catch (RecordBoundReader.TooLong e) {
                    problems.add(ValidationProblem.line(number + 1, null, ContactTexts.in(locale).get("vcard.cardTooLong", MAX_CARD_MB)));
                    throw new ValidationException(problems);
                }
                if (card == null) {
                    break;
                }
                bound.recordEnded();
                number++;
                person(card, number, defaultCountry, locale, people, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return people;
    }

    /** The card's person, checked as a row of an import is, added to {@code people}; else what is wrong with it, under its number. */
    private void person(VCard card, int number, String defaultCountry, Locale locale, List<Person> people,
            List<ValidationProblem> problems) {
        VCardRows.Row row = VCardRows.of(card);
        ImportRow read = reader.read(row.cells(), number, row.mapping(), null, defaultCountry, locale, ContactTexts.in(locale));
        if (read.valid()) {
            people.add(read.person());
        } else {
            problems.addAll(read.problems());
        }
    }
}
