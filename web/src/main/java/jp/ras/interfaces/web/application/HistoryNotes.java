package jp.ras.interfaces.web.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.ras.application.ResidenceApplicationService.Event;
import jp.ras.domain.model.application.ApplicationStatus;
import jp.ras.domain.model.application.CardReceiver;
import jp.ras.domain.model.application.ReceiptMethod;
import jp.ras.domain.model.application.WithdrawnPart;
import jp.ras.domain.model.organisation.ResidenceTerms;

/**
 * The status history as the users' and officers' pages and the API show it (AP11): the notes RAS writes itself are fixed English phrases of
 * the domain (the receipt method changed, a document uploaded, granted or denied, the card handed over, withdrawn);
 * they are shown in the page's language. What an officer typed (the documents asked for, a note on resuming) is
 * shown as typed. The two are told apart by where RAS writes its phrases: an event that keeps the status (a change,
 * an upload, a partial withdrawal) and the events of a decision, a handover and a withdrawal; anything else, or a
 * note that does not match, is shown as it is.
 */
public final class HistoryNotes {

    /** A line of the history: when, the status, who, the note in the page's language ("" when none). */
    public record Line(Instant at, ApplicationStatus status, String actor, String note) implements Serializable {
    }

    /** The page's texts: a key of the filing bundle with its arguments. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... args);
    }

    /** The filing bundle's texts in a language (for the API, which has no page). */
    public static Texts texts(Locale locale) {
        return (key, args) -> {
            String pattern;
            try {
                pattern = ResourceBundle.getBundle("jp.ras.web.filing", locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                        .getString(key);
            } catch (MissingResourceException e) {
                pattern = key;
            }
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        };
    }

    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";
    private static final Pattern RECEIPT_METHOD = Pattern.compile("receipt method: (POST|COUNTER)");
    private static final Pattern DOCUMENT = Pattern.compile("document: (.+)", Pattern.DOTALL);
    private static final Pattern PART = Pattern.compile("(WHOLE|RE_ENTRY|ACTIVITY): (.*)", Pattern.DOTALL);
    private static final Pattern GRANTED = Pattern.compile("granted (.+) until " + DATE, Pattern.DOTALL);
    private static final Pattern BY_POST = Pattern.compile("by post, delivered " + DATE);
    private static final Pattern AT_COUNTER =
            Pattern.compile("at the counter to (APPLICANT|LEGAL_REPRESENTATIVE|USER)");

    private HistoryNotes() {
    }

    /** The history with RAS's own notes in {@code locale}'s language (its texts and its periods of stay). */
    public static List<Line> of(List<Event> history, Texts texts, Locale locale) {
        List<Line> lines = new ArrayList<>();
        ApplicationStatus before = null;
        for (Event event : history) {
            lines.add(new Line(event.at(), event.status(), event.actor(),
                    note(event, event.status() == before, texts, locale)));
            before = event.status();
        }
        return lines;
    }

    private static String note(Event event, boolean statusKept, Texts texts, Locale locale) {
        String note = event.note();
        if (note == null) {
            return "";
        }
        Matcher m;
        if (statusKept) {
            if ((m = RECEIPT_METHOD.matcher(note)).matches()) {
                return texts.text("app.historyReceiptMethod",
                        texts.text("receiptMethod." + ReceiptMethod.valueOf(m.group(1)).name()));
            }
            if ((m = DOCUMENT.matcher(note)).matches()) {
                return texts.text("app.historyDocument", m.group(1));
            }
            if ((m = PART.matcher(note)).matches()) {
                return withdrawn(m, texts);
            }
            return note;
        }
        switch (event.status()) {
            case DECIDED -> {
                if ((m = GRANTED.matcher(note)).matches()) {
                    return texts.text("app.historyGranted", ResidenceTerms.period(m.group(1), locale), m.group(2));
                }
                if (note.equals("denied")) {
                    return texts.text("app.historyDenied");
                }
            }
            case COMPLETED -> {
                if ((m = BY_POST.matcher(note)).matches()) {
                    return texts.text("app.historyByPost", m.group(1));
                }
                if ((m = AT_COUNTER.matcher(note)).matches()) {
                    return texts.text("app.historyAtCounter",
                            texts.text("receiver." + CardReceiver.valueOf(m.group(1)).name()));
                }
            }
            case WITHDRAWN -> {
                if ((m = PART.matcher(note)).matches()) {
                    return withdrawn(m, texts);
                }
            }
            default -> {
                // an officer's words: shown as typed
            }
        }
        return note;
    }

    private static String withdrawn(Matcher m, Texts texts) {
        return texts.text("app.historyWithdrawn", texts.text("withdrawnPart." + WithdrawnPart.valueOf(m.group(1))
                .name()), m.group(2));
    }
}
