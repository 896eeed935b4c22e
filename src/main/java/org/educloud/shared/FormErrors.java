package org.educloud.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form's errors as field → message in the reader's language, for templates that show each message beside its
 * field. Forms bind to records, so templates read values and errors from plain maps rather than bean paths.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static Map<String, String> of(BindingResult result, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            String message = error.isBindingFailure()
                    ? messages.getMessage("platform.validation.typeMismatch", null, locale)
                    : messages.getMessage(error, locale);
            errors.putIfAbsent(error.getField(), message);
        }
        result.getGlobalErrors().forEach(e -> errors.putIfAbsent("", messages.getMessage(e, locale)));
        return errors;
    }

    public static Map<String, String> of(DomainException refusal, String field, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(field, messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
        return errors;
    }
}
