package jp.ras.interfaces.web.application;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.ras.application.ResidenceApplicationService;
import jp.ras.application.ResidenceApplicationService.Row;
import jp.ras.domain.model.application.ApplicationStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * ST1: the organisation's applications for a lazy PrimeFaces table. Each page is one call of
 * {@link ResidenceApplicationService#mine}, which pages in the database (newest first); the table's own sorting
 * and filtering are not used, the status filter comes from the page.
 */
class ApplicationRows extends LazyDataModel<Row> {

    private static final long serialVersionUID = 1L;

    private final ResidenceApplicationService applications;

    private final SerializableSupplier<ApplicationStatus> status;

    interface SerializableSupplier<T> extends Supplier<T>, java.io.Serializable {
    }

    ApplicationRows(ResidenceApplicationService applications, SerializableSupplier<ApplicationStatus> status) {
        this.applications = applications;
        this.status = status;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, applications.mine(status.get(), 0, 1).total());
    }

    @Override
    public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        ResidenceApplicationService.Page page = applications.mine(status.get(), first, pageSize);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    @Override
    public String getRowKey(Row row) {
        return Long.toString(row.id());
    }

    @Override
    public Row getRowData(String rowKey) {
        List<Row> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
