package jp.ras.interfaces.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.Violation;

/**
 * Puts messages on the page in the user's language. Rule violations go on the field they concern (AP9), in words
 * only: the spec's rule ids (AP4, RC1, …) stay out of users' screens (the API keeps them in {@code rule}). The
 * violation's field {@code persons[2].cardNumber} is the component {@code <form>:persons:2:cardNumber}; a field
 * that is not on the page gets a global message instead.
 */
public final class Messages {

    private Messages() {
    }

    public static String text(String bundle, String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot() == null ? Locale.JAPANESE : context.getViewRoot().getLocale();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("jp.ras.web." + bundle, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static void info(String bundle, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(bundle, key, args), null));
    }

    public static void warn(String bundle, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, text(bundle, key, args), null));
    }

    public static void error(String bundle, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(bundle, key, args), null));
    }

    /** Shows each violation on its field of form {@code formId}; texts are {@code violation.<key>} of msg. */
    public static void violations(String formId, RuleViolationException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Violation v : e.violations()) {
            String text = text("messages", "violation." + v.messageKey(), v.messageArguments());
            String clientId = clientId(formId, v.field());
            if (isOnPage(context, clientId)) {
                context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            } else {
                String label = text("messages", "field." + v.field().replaceAll("\\[\\d+]", ""));
                String row = v.field().matches(".*\\[\\d+].*")
                        ? " #" + (Integer.parseInt(v.field().replaceAll(".*\\[(\\d+)].*", "$1")) + 1) : "";
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        label + row + ": " + text, null));
            }
        }
        context.validationFailed();
    }

    /**
     * Whether the page has a component with this client id. Unlike {@code findComponent}, this also finds a
     * component in a row of a table ({@code form:additions:2:cardNumber}).
     */
    private static boolean isOnPage(FacesContext context, String clientId) {
        boolean[] found = {false};
        try {
            context.getViewRoot().invokeOnComponent(context, clientId, (c, component) -> found[0] = true);
        } catch (RuntimeException e) {
            return context.getViewRoot().findComponent(":" + clientId) != null;
        }
        return found[0];
    }

    /**
     * Runs a service call for form {@code formId}: rule violations go on their fields, a call the caller's role
     * may not make gets the "not allowed" message. Returns whether the call succeeded.
     */
    public static boolean attempt(String formId, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuleViolationException e) {
            violations(formId, e);
            return false;
        } catch (jakarta.ejb.EJBAccessException e) {
            error("officer", "common.forbidden");
            return false;
        }
    }

    static String clientId(String formId, String field) {
        return formId + ":" + field.replace("].", ":").replace("[", ":").replace("]", "").replace('.', ':');
    }
}
