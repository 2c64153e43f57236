package org.liaison.campaigns.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.liaison.campaigns.delivery.MailSecurity;
import org.liaison.campaigns.delivery.MailServer;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.FormDialog;

/** The mail server campaigns go out through, and the return mailbox bounces and unsubscribe replies come back to. */
final class MailServerDialog extends FormDialog {

    private final CampaignsServices services;
    private final Messages texts;
    private Text smtpHost;
    private Text smtpPort;
    private Combo smtpSecurity;
    private Text smtpUser;
    private Text smtpPassword;
    private Text returnAddress;
    private Combo mailboxProtocol;
    private Text mailboxHost;
    private Text mailboxPort;
    private Combo mailboxSecurity;
    private Text mailboxUser;
    private Text mailboxPassword;
    private Text unsubscribeUrl;

    MailServerDialog(Shell parent, Locale locale, CampaignsServices services) {
        super(parent, locale);
        this.services = services;
        this.texts = CampaignsTexts.in(locale);
    }

    @Override
    protected String heading() {
        return texts.get("server.heading");
    }

    @Override
    protected String message() {
        return texts.get("server.message");
    }

    @Override
    protected void fields(Composite form) {
        smtpHost = text(form, texts.get("server.smtpHost"), "smtpHost", SWT.NONE);
        smtpPort = text(form, texts.get("server.smtpPort"), "smtpPort", SWT.NONE);
        smtpSecurity = security(form, texts.get("server.smtpSecurity"), "smtpSecurity");
        smtpUser = text(form, texts.get("server.user"), "smtpUser", SWT.NONE);
        smtpPassword = text(form, texts.get("server.password"), "smtpPassword", SWT.PASSWORD);
        returnAddress = text(form, texts.get("server.returnAddress"), "returnAddress", SWT.NONE);
        new Label(form, SWT.NONE).setText(texts.get("server.mailboxProtocol"));
        mailboxProtocol = new Combo(form, SWT.READ_ONLY);
        mailboxProtocol.setItems(texts.get("server.noMailbox"), "IMAP", "POP3");
        register("mailboxProtocol", mailboxProtocol);
        mailboxHost = text(form, texts.get("server.mailboxHost"), "mailboxHost", SWT.NONE);
        mailboxPort = text(form, texts.get("server.mailboxPort"), "mailboxPort", SWT.NONE);
        mailboxSecurity = security(form, texts.get("server.mailboxSecurity"), "mailboxSecurity");
        mailboxUser = text(form, texts.get("server.user"), "mailboxUser", SWT.NONE);
        mailboxPassword = text(form, texts.get("server.password"), "mailboxPassword", SWT.PASSWORD);
        unsubscribeUrl = text(form, texts.get("server.unsubscribeUrl"), "unsubscribeBaseUrl", SWT.NONE);
        MailServer current = services.settings().current().orElse(new MailServer("", 587, MailSecurity.STARTTLS, null,
                null, "", null, "", 993, MailSecurity.TLS, null, null, null));
        smtpHost.setText(current.smtpHost());
        smtpPort.setText(Integer.toString(current.smtpPort()));
        smtpSecurity.select(current.smtpSecurity().ordinal());
        smtpUser.setText(current.smtpUser() == null ? "" : current.smtpUser());
        smtpPassword.setText(current.smtpPassword() == null ? "" : current.smtpPassword());
        returnAddress.setText(current.returnAddress() == null ? "" : current.returnAddress());
        mailboxProtocol.select(!current.readsMailbox() ? 0 : current.mailboxProtocol().equals("imap") ? 1 : 2);
        mailboxHost.setText(current.mailboxHost() == null ? "" : current.mailboxHost());
        mailboxPort.setText(Integer.toString(current.mailboxPort()));
        mailboxSecurity.select(current.mailboxSecurity().ordinal());
        mailboxUser.setText(current.mailboxUser() == null ? "" : current.mailboxUser());
        mailboxPassword.setText(current.mailboxPassword() == null ? "" : current.mailboxPassword());
        unsubscribeUrl.setText(current.unsubscribeBaseUrl() == null ? "" : current.unsubscribeBaseUrl());
    }

    private Combo security(Composite form, String label, String field) {
        new Label(form, SWT.NONE).setText(label);
        Combo combo = new Combo(form, SWT.READ_ONLY);
        for (MailSecurity each : MailSecurity.values()) {
            combo.add(texts.get("security." + each.name()));
        }
        register(field, combo);
        return combo;
    }

    @Override
    protected Control firstField() {
        return smtpHost;
    }

    @Override
    protected void save() {
        String protocol = switch (mailboxProtocol.getSelectionIndex()) {
            case 1 -> "imap";
            case 2 -> "pop3";
            default -> null;
        };
        services.settings().save(new MailServer(smtpHost.getText().strip(), number(smtpPort),
                MailSecurity.values()[smtpSecurity.getSelectionIndex()], smtpUser.getText().strip(), smtpPassword.getText(),
                returnAddress.getText().strip(), protocol, mailboxHost.getText().strip(), number(mailboxPort),
                MailSecurity.values()[mailboxSecurity.getSelectionIndex()], mailboxUser.getText().strip(),
                mailboxPassword.getText(), unsubscribeUrl.getText().strip()), locale);
    }

    private static int number(Text field) {
        try {
            return Integer.parseInt(field.getText().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
