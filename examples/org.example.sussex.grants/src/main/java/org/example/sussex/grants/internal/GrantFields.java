package org.example.sussex.grants.internal;

import java.util.List;
import java.util.Locale;

import org.liaison.contacts.CustomField;
import org.liaison.contacts.CustomFieldType;
import org.liaison.contacts.CustomFields;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** How an agency bundle adds a field to every contact: it defines it when it starts (again at each start, harmlessly). */
@Component(immediate = true, service = {})
public class GrantFields {

    static final String GRANT_STAGE = "sussex.grant-stage";

    @Activate
    public GrantFields(@Reference CustomFields fields) {
        fields.define(new CustomField(GRANT_STAGE, CustomFieldType.CHOICE, "Grant stage", "Étape de la subvention",
                List.of("enquiry", "applied", "awarded", "declined"),
                FrameworkUtil.getBundle(GrantFields.class).getSymbolicName()), Locale.ENGLISH);
    }
}
