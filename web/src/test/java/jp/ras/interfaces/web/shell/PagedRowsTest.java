package jp.ras.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class PagedRowsTest {

    enum Sort { NAME, DATE }

    private final List<String> asked = new ArrayList<>();

    private PagedRows<String, Sort> rows() {
        return new PagedRows<>((first, size, sort, ascending) -> {
            asked.add(first + "/" + size + "/" + sort + "/" + ascending);
            return new PagedRows.Page<>(List.of("a", "b"), 42);
        }, Map.of("name", Sort.NAME, "date", Sort.DATE), Sort.DATE, false, row -> "key-" + row);
    }

    private static Map<String, SortMeta> by(String field, SortOrder order) {
        return Map.of(field, SortMeta.builder().field(field).order(order).build());
    }

    @Test
    @DisplayName("Issue 15, issue 16: a lazy table asks the database for one page, sorted by the chosen column")
    void sortedPage() {
        PagedRows<String, Sort> rows = rows();
        assertEquals(List.of("a", "b"), rows.load(20, 10, by("name", SortOrder.ASCENDING), Map.of()));
        assertEquals(42, rows.getRowCount(), "the count of all pages comes with the page");
        rows.load(0, 10, by("name", SortOrder.DESCENDING), Map.of());
        assertEquals(List.of("20/10/NAME/true", "0/10/NAME/false"), asked);
    }

    @Test
    @DisplayName("Issue 15: no sort, an unsorted column or one the service cannot sort by keep the default order")
    void defaultOrder() {
        PagedRows<String, Sort> rows = rows();
        rows.load(0, 5, Map.of(), Map.of());
        rows.load(0, 5, by("name", SortOrder.UNSORTED), Map.of());
        rows.load(0, 5, by("mail", SortOrder.ASCENDING), Map.of());
        assertEquals(List.of("0/5/DATE/false", "0/5/DATE/false", "0/5/DATE/false"), asked);
        assertEquals(42, rows.count(Map.of()));
        assertEquals("key-a", rows.getRowKey("a"));
    }
}
