package jp.ras.interfaces.web.shell;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The model of every lazy table of the screens: PrimeFaces asks for the count, then for one page, sorted by the
 * column the user chose; both go to the database through {@link Source}. A column's {@code sortBy} names a key of
 * the sort map; a column not in it sorts by the default.
 *
 * @param <T> a row
 * @param <S> the sorts the service offers (an enum of the repository)
 */
public final class PagedRows<T, S> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of rows and the number of rows of all pages. */
    public record Page<T>(List<T> rows, long total) {
    }

    /** Where the pages come from: the backing bean's service call with its search. */
    @FunctionalInterface
    public interface Source<T, S> extends Serializable {
        Page<T> page(int first, int size, S sort, boolean ascending);
    }

    /** A row's key, for PrimeFaces' row state. */
    @FunctionalInterface
    public interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Source<T, S> source;
    private final Map<String, S> sorts;
    private final S defaultSort;
    private final boolean defaultAscending;
    private final Key<T> key;

    /**
     * @param sorts the column fields ({@code sortBy}) the user can sort by and the service's sort for each; the map
     *              must be serializable (e.g. {@code Map.of})
     */
    public PagedRows(Source<T, S> source, Map<String, S> sorts, S defaultSort, boolean defaultAscending, Key<T> key) {
        this.source = source;
        this.sorts = sorts;
        this.defaultSort = defaultSort;
        this.defaultAscending = defaultAscending;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.page(0, 1, defaultSort, defaultAscending).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        S sort = defaultSort;
        boolean ascending = defaultAscending;
        for (SortMeta meta : sortBy.values()) {
            S chosen = sorts.get(meta.getField());
            if (chosen != null && meta.getOrder() != SortOrder.UNSORTED) {
                sort = chosen;
                ascending = meta.getOrder() != SortOrder.DESCENDING;
            }
            break;
        }
        Page<T> page = source.page(first, pageSize, sort, ascending);
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
