package org.liaison.contacts.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.liaison.contacts.Email;
import org.liaison.contacts.EmailAddresses;
import org.liaison.contacts.LegalIds;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.contacts.PhoneNumbers;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.sectors.NaceTaxonomy;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;

/**
 * Checks a person or an organisation before it is saved and gives it back normalized (E.164
 * phones, lower-case email domains, padded company numbers, NACE codes in stored form). Every
 * problem is collected, so that a form or an import line can show them all at once.
 */
public final class ContactChecks {

    private static final Pattern REGION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final NaceTaxonomy sectors;
    private final Supplier<Set<String>> segments;

    public ContactChecks(NaceTaxonomy sectors, Supplier<Set<String>> segments) {
        this.sectors = sectors;
        this.segments = segments;
    }

    public Person check(Person person, Locale locale) {
        Messages texts = ContactTexts.in(locale);
        Problems problems = new Problems(locale);
        if (blank(person.givenName()) && blank(person.familyName())) {
            problems.add("familyName", texts.get("name.required"));
        }
        problems.length("givenName", person.givenName(), 100);
        problems.length("familyName", person.familyName(), 100);
        problems.length("source", person.source(), 200);
        problems.length("ownerStaff", person.ownerStaff(), 100);
        String preferred = problems.code("preferredLanguage", lower(person.preferredLanguage()), LANGUAGE, "ISO 639-1");
        Set<String> languages = new LinkedHashSet<>();
        for (String language : person.languages()) {
            languages.add(problems.code("languages", lower(language), LANGUAGE, "ISO 639-1"));
        }
        if (preferred != null) {
            languages.add(preferred);
        }
        String region = problems.code("region", upper(person.region()), REGION, "ISO 3166-2");
        PostalAddress address = person.address();
        problems.length("street", address.street(), 200);
        problems.length("postcode", address.postcode(), 12);
        problems.length("city", address.city(), 100);
        String country = problems.code("country", upper(address.country()), COUNTRY, "ISO 3166-1");
        String phoneCountry = country != null ? country : region != null ? region.substring(0, 2) : "GB";

        List<Email> emails = new ArrayList<>();
        for (Email email : person.emails()) {
            String normalized = problems.attempt(() -> EmailAddresses.normalize(email.address(), "emails", locale));
            if (normalized != null && emails.stream().noneMatch(e -> e.address().equalsIgnoreCase(normalized))) {
                emails.add(new Email(normalized, email.primary()));
            }
        }
        long primaries = emails.stream().filter(Email::primary).count();
        if (primaries == 0 && !emails.isEmpty()) {
            emails.set(0, new Email(emails.get(0).address(), true));
        } else if (primaries > 1) {
            problems.add("emails", texts.get("primaryEmail.count"));
        }
        List<Phone> phones = new ArrayList<>();
        for (Phone phone : person.phones()) {
            Phone.Kind kind = phone.kind() == null ? Phone.Kind.OTHER : phone.kind();
            if (phone.unchecked()) {
                // kept as written until someone corrects it; only its size is checked
                problems.length("phones", phone.number(), Phone.MAX_UNCHECKED_LENGTH);
                if (!blank(phone.number()) && phones.stream().noneMatch(p -> p.number().equals(phone.number().strip()))) {
                    phones.add(Phone.unchecked(phone.number().strip(), kind));
                }
                continue;
            }
            String number = problems.attempt(() -> PhoneNumbers.toE164(phone.number(), phoneCountry, "phones", locale));
            if (number != null && phones.stream().noneMatch(p -> p.number().equals(number))) {
                phones.add(new Phone(number, kind));
            }
        }
        Set<String> tags = problems.tags(person.tags());
        person.barriers().forEach(b -> problems.length("barriers", b.note(), 2000));
        problems.throwIfAny();
        return new Person(person.id(), strip(person.givenName()), strip(person.familyName()), preferred, languages,
                region, new PostalAddress(strip(address.street()), strip(address.postcode()), strip(address.city()),
                        country, address.latitude(), address.longitude()),
                person.role(), person.readiness(), strip(person.source()), person.referredBy(),
                strip(person.ownerStaff()), emails, phones, tags, person.barriers());
    }

    public Organisation check(Organisation organisation, Locale locale) {
        Messages texts = ContactTexts.in(locale);
        Problems problems = new Problems(locale);
        if (blank(organisation.name())) {
            problems.add("name", texts.get("orgName.required"));
        }
        problems.length("name", organisation.name(), 200);
        problems.length("website", organisation.website(), 300);
        String companyNumber = blank(organisation.companiesHouseNumber()) ? null
                : problems.attempt(() -> LegalIds.companiesHouse(organisation.companiesHouseNumber(), "companiesHouseNumber", locale));
        String siren = blank(organisation.siren()) ? null
                : problems.attempt(() -> LegalIds.siren(organisation.siren(), "siren", locale));
        String siret = blank(organisation.siret()) ? null
                : problems.attempt(() -> LegalIds.siret(organisation.siret(), "siret", locale));
        if (siret != null && siren != null) {
            problems.attempt(() -> {
                LegalIds.siretOfSiren(siret, siren, "siret", locale);
                return null;
            });
        }
        String vat = blank(organisation.vatNumber()) ? null
                : problems.attempt(() -> LegalIds.vat(organisation.vatNumber(), "vatNumber", locale));
        String region = problems.code("region", upper(organisation.region()), REGION, "ISO 3166-2");
        Set<String> sectorCodes = new LinkedHashSet<>();
        for (String code : organisation.sectors()) {
            sectors.normalize(code).ifPresentOrElse(sectorCodes::add,
                    () -> problems.add("sectors", texts.get("sector.unknown", code)));
        }
        Set<String> known = segments.get();
        Set<String> segmentCodes = new LinkedHashSet<>();
        for (String code : organisation.segments()) {
            String normalized = upper(code);
            if (known.contains(normalized)) {
                segmentCodes.add(normalized);
            } else {
                problems.add("segments", texts.get("segment.unknown", code));
            }
        }
        Set<String> tags = problems.tags(organisation.tags());
        problems.throwIfAny();
        return new Organisation(organisation.id(), strip(organisation.name()), companyNumber, siren, siret, vat,
                organisation.sizeBand(), region, strip(organisation.website()), sectorCodes, segmentCodes, tags);
    }

    /** Adds a problem when {@code value} is longer than {@code limit} characters. */
    static void limit(List<ValidationProblem> problems, String field, String value, int limit, Messages texts) {
        if (value != null && value.strip().length() > limit) {
            problems.add(ValidationProblem.field(field, texts.get("tooLong", limit)));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return blank(text) ? null : text.strip();
    }

    private static String lower(String text) {
        return blank(text) ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    private static String upper(String text) {
        return blank(text) ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    /** The problems found so far. */
    private static final class Problems {
        private final List<ValidationProblem> found = new ArrayList<>();
        private final Messages texts;

        Problems(Locale locale) {
            this.texts = ContactTexts.in(locale);
        }

        void add(String field, String message) {
            found.add(ValidationProblem.field(field, message));
        }

        void length(String field, String value, int limit) {
            limit(found, field, value, limit, texts);
        }

        String code(String field, String value, Pattern shape, String standard) {
            if (value != null && !shape.matcher(value).matches()) {
                add(field, texts.get("code.invalid", value, standard));
                return null;
            }
            return value;
        }

        Set<String> tags(Set<String> tags) {
            Set<String> clean = new LinkedHashSet<>();
            for (String tag : tags) {
                if (!blank(tag)) {
                    length("tags", tag, 60);
                    clean.add(tag.strip());
                }
            }
            return clean;
        }

        <T> T attempt(Supplier<T> check) {
            try {
                return check.get();
            } catch (ValidationException e) {
                found.addAll(e.problems());
                return null;
            }
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new ValidationException(found);
            }
        }
    }
}
