package jp.ras.interfaces.web.usage;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.ras.application.PersonData;
import jp.ras.interfaces.web.officer.RosterCsv;
import jp.ras.interfaces.web.shell.Messages;
import jp.ras.interfaces.web.shell.PersonRow;

/**
 * The foreign nationals of a usage application (UA4) as the counter's entry and the online request edit them: rows
 * typed one by one, or read from a CSV file and checked first. Bound as {@code #{bean.roster.persons}},
 * {@code #{bean.roster.readCsv}} and so on; the file's problems are shown on the form's {@code csv} field.
 */
public class RosterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String form;
    private final List<PersonRow> persons = new ArrayList<>(List.of(new PersonRow()));
    private transient Part csv;

    /** The rows of the form with the id {@code form}. */
    public RosterForm(String form) {
        this.form = form;
    }

    public void addRow() {
        persons.add(new PersonRow());
    }

    public void removeRow(int index) {
        if (index >= 0 && index < persons.size()) {
            persons.remove(index);
        }
        keepOneRow();
    }

    /** UA4: reads the CSV file into the rows; on any problem in the file, nothing is added. */
    public void readCsv() {
        if (csv == null || csv.getSize() == 0) {
            csvError(Messages.text("officer", "csv.none"));
            return;
        }
        RosterCsv.Result result;
        try (InputStream in = csv.getInputStream()) {
            result = RosterCsv.parse(in);
        } catch (IOException e) {
            csvError(Messages.text("officer", "csv.unreadable"));
            return;
        }
        if (!result.ok()) {
            for (RosterCsv.Problem p : result.problems()) {
                String text = Messages.text("officer", "csv." + p.key(), p.detail() == null ? "" : columnLabel(p));
                csvError(p.line() == 0 ? text : Messages.text("officer", "csv.line", String.valueOf(p.line()), text));
            }
            return;
        }
        persons.removeIf(PersonRow::isEmpty);
        result.persons().forEach(p -> persons.add(PersonRow.of(p)));
        keepOneRow();
        Messages.info("officer", "csv.read", result.persons().size());
    }

    private static String columnLabel(RosterCsv.Problem p) {
        return RosterCsv.COLUMNS.contains(p.detail()) && !"header".equals(p.key())
                ? Messages.text("messages", "field.persons." + p.detail()) : p.detail();
    }

    private void csvError(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(form + ":csv", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }

    /** The rows to send: those with nothing entered at all are dropped rather than reported. */
    public List<PersonData> toData() {
        persons.removeIf(PersonRow::isEmpty);
        return persons.stream().map(PersonRow::toData).toList();
    }

    /** After a refused send, the form shows at least one row again. */
    public void keepOneRow() {
        if (persons.isEmpty()) {
            persons.add(new PersonRow());
        }
    }

    public List<PersonRow> getPersons() {
        return persons;
    }

    public Part getCsv() {
        return csv;
    }

    public void setCsv(Part csv) {
        this.csv = csv;
    }
}
