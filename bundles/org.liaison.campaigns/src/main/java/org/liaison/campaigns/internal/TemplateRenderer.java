package org.liaison.campaigns.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.liaison.campaigns.MailTemplate;
import org.liaison.campaigns.RenderedMail;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.OutputFormat;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Fills a campaign template for one recipient with FreeMarker: values are HTML-escaped in the
 * HTML body, the engine may not create objects or reach Java APIs, and an unknown placeholder or
 * broken HTML is reported with its field and line.
 */
final class TemplateRenderer {

    private static final int HTML_ERRORS_SHOWN = 3;

    private final Configuration html = configuration(HTMLOutputFormat.INSTANCE);
    private final Configuration plain = configuration(PlainTextOutputFormat.INSTANCE);

    RenderedMail render(MailTemplate template, MailValues values, Locale locale) {
        List<ValidationProblem> problems = new ArrayList<>();
        Messages texts = CampaignTexts.in(locale);
        String subject = fill(plain, "subject", template.subject(), values, texts, problems);
        String htmlBody = fill(html, "html", template.html(), values, texts, problems);
        String textBody = fill(plain, "text", template.text(), values, texts, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new RenderedMail(template.language(), oneLine(subject), htmlBody, textBody);
    }

    /** Checks a template by filling it with sample values: placeholders, syntax and HTML. */
    void check(MailTemplate template, MailValues sample, Locale locale) {
        Messages texts = CampaignTexts.in(locale);
        List<ValidationProblem> problems = new ArrayList<>();
        if (template.subject().isBlank()) {
            problems.add(ValidationProblem.field("subject", texts.get("template.subjectRequired")));
        }
        if (template.html().isBlank() && template.text().isBlank()) {
            problems.add(ValidationProblem.field("text", texts.get("template.bodyRequired")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        RenderedMail mail = render(template, sample, locale);
        if (!template.html().isBlank()) {
            brokenHtml(mail.html(), texts).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static java.util.Optional<ValidationProblem> brokenHtml(String body, Messages texts) {
        Parser parser = Parser.htmlParser().setTrackErrors(HTML_ERRORS_SHOWN);
        Jsoup.parse(body, "", parser);
        List<String> errors = new ArrayList<>();
        for (ParseError error : parser.getErrors()) {
            errors.add(texts.get("template.htmlError", error.getCursorPos(), error.getErrorMessage()));
        }
        return errors.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(ValidationProblem.field("html", texts.get("template.brokenHtml",
                        String.join("; ", errors))));
    }

    private static String fill(Configuration configuration, String field, String source, MailValues values,
            Messages texts, List<ValidationProblem> problems) {
        if (source.isEmpty()) {
            return "";
        }
        try {
            Template template = new Template(field, new StringReader(source), configuration);
            StringWriter out = new StringWriter();
            template.process(values.model(), out);
            return out.toString();
        } catch (ParseException e) {
            problems.add(ValidationProblem.line(e.getLineNumber(), field,
                    texts.get("template.syntax", e.getLineNumber(), e.getEditorMessage())));
        } catch (InvalidReferenceException e) {
            problems.add(ValidationProblem.line(e.getLineNumber() == null ? 0 : e.getLineNumber(), field,
                    texts.get("template.unknownPlaceholder", e.getBlamedExpressionString(), MailValues.NAMES)));
        } catch (TemplateException e) {
            problems.add(ValidationProblem.line(e.getLineNumber() == null ? 0 : e.getLineNumber(), field,
                    texts.get("template.wrong", e.getMessageWithoutStackTop())));
        } catch (IOException e) {
            throw new IllegalStateException("A template held in memory could not be read", e);
        }
        return "";
    }

    /** A subject is one line whatever a placeholder brought into it. */
    private static String oneLine(String subject) {
        return subject.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static Configuration configuration(OutputFormat format) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setOutputFormat(format);
        configuration.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setLocalizedLookup(false);
        return configuration;
    }
}
