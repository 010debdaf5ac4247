package cn.sifa.core.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.support.TransactionTemplate;

import cn.sifa.core.error.FieldErrorDetail;
import cn.sifa.core.error.ValidationException;
import cn.sifa.core.security.CurrentCaller;
import cn.sifa.core.security.SifaPrincipal;
import cn.sifa.core.testing.SifaIntegrationTest;
import cn.sifa.core.testing.TestCallers;
import cn.sifa.core.web.PageView;

/**
 * Keyset paging of the core {@link Listing}: walking a county's filtered list with {@code nextCursor} reads exactly
 * the rows, in the order, that paging by number reads, whatever the sort (ties on a date, a state, a nullable date
 * with its nulls first or last), and never a row of another county; a cursor that was altered or is sent with
 * another sort or filter, or beside a page number, is a 400 on {@code cursor}.
 */
@SifaIntegrationTest
class KeysetPagingTest {

    static final int SIZE = 7;
    static final String FILTER = "stage in OPEN,CLOSED";

    @Autowired
    Listing listing;
    @Autowired
    TransactionTemplate tx;
    @PersistenceContext
    EntityManager em;

    final SifaPrincipal kaifu = TestCallers.client("430105", "mediation.read");
    final Specification<ListedThing> filtered = Filters.of(ListedThing.class)
            .in("stage", List.of(ListedThing.Stage.OPEN, ListedThing.Stage.CLOSED)).build();
    final Function<List<ListedThing>, List<String>> rows = things -> things.stream()
            .map(t -> t.getDivisionCode() + "/" + t.getId()).toList();

    @BeforeEach
    void seed() {
        CurrentCaller.runAsSystem(() -> tx.executeWithoutResult(s -> {
            em.createQuery("delete from ListedThing").executeUpdate();
            for (int i = 0; i < 90; i++) {
                String division = i >= 60 ? "371082" : i % 4 == 0 ? "430105001" : "430105";
                LocalDate due = i % 5 == 0 ? null : LocalDate.of(2026, 4, 1).plusDays(i % 7);
                em.persist(new ListedThing(division, LocalDate.of(2026, 3, 1).plusDays(i % 4),
                        ListedThing.Stage.values()[i % 3], due, "事项" + (i % 6)));
            }
        }));
    }

    @Test
    void walkingWithCursorsReadsWhatPageNumbersRead() {
        List<Sort> sorts = List.of(
                Sort.by(Sort.Order.desc("receivedOn")),
                Sort.by(Sort.Order.asc("receivedOn"), Sort.Order.desc("label")),
                Sort.by(Sort.Order.asc("stage"), Sort.Order.desc("receivedOn")),
                Sort.by(Sort.Order.asc("dueOn")),
                Sort.by(Sort.Order.desc("dueOn"), Sort.Order.asc("label")),
                Sort.by(Sort.Order.asc("dueOn").nullsFirst()),
                Sort.by(Sort.Order.desc("dueOn").nullsLast(), Sort.Order.desc("receivedOn")));
        TestCallers.runAs(kaifu, () -> {
            for (Sort sort : sorts) {
                List<String> byNumber = byNumber(Seek.withTiebreak(sort, "id"));
                assertThat(byNumber).as("%s", sort).hasSize(40).doesNotHaveDuplicates()
                        .allMatch(r -> r.startsWith("430105"));
                assertThat(byCursor(sort)).as("%s", sort).containsExactlyElementsOf(byNumber);
            }
        });
    }

    @Test
    void aNumberedPageHandsOnToCursors() {
        Sort sort = Sort.by(Sort.Order.desc("receivedOn"));
        TestCallers.runAs(kaifu, () -> {
            List<String> byNumber = byNumber(Seek.withTiebreak(sort, "id"));
            PageView.PageMeta third = page(sort, 2, null).page();
            PageView<String> fourth = page(sort, 0, third.nextCursor());
            assertThat(fourth.content()).containsExactlyElementsOf(byNumber.subList(3 * SIZE, 4 * SIZE));
            assertThat(fourth.page().number()).isEqualTo(3);
            assertThat(fourth.page().totalElements()).isEqualTo(40);
            assertThat(fourth.page().totalPages()).isEqualTo(6);
        });
    }

    @Test
    void aWalkCountsWhereItStartsAndItsCursorsCarryTheTotal() {
        Sort sort = Sort.by(Sort.Order.desc("receivedOn"));
        TestCallers.runAs(kaifu, () -> {
            PageView.PageMeta first = page(sort, 0, null).page();
            assertThat(first.totalElements()).isEqualTo(40);
            // A new row sorting before the walk's position: a recount would say 41, the walk carries the 40 it began with.
            CurrentCaller.runAsSystem(() -> tx.executeWithoutResult(s -> em.persist(new ListedThing("430105",
                    LocalDate.of(2026, 3, 9), ListedThing.Stage.OPEN, null, "新事项"))));
            assertThat(page(sort, 0, null).page().totalElements()).as("a page by number counts").isEqualTo(41);
            PageView.PageMeta second = page(sort, 0, first.nextCursor()).page();
            assertThat(second.totalElements()).isEqualTo(40);
            assertThat(second.totalPages()).isEqualTo(6);
            assertThat(page(sort, 0, second.nextCursor()).page().totalElements()).isEqualTo(40);
        });
    }

    @Test
    void aCursorOfAnotherSortOrFilterOrAnAlteredOneIsRefused() {
        Sort sort = Sort.by(Sort.Order.desc("receivedOn"));
        TestCallers.runAs(kaifu, () -> {
            String cursor = page(sort, 0, null).page().nextCursor();
            assertThat(cursor).matches("[A-Za-z0-9_.-]+");
            assertRefused(() -> page(Sort.by(Sort.Order.asc("receivedOn")), 0, cursor), "invalid-cursor");
            assertRefused(() -> listing.page(ListedThing.class, filtered, PageRequest.of(0, SIZE, sort),
                    Keyset.of(cursor, "stage in CLOSED"), rows), "invalid-cursor");
            char c = cursor.charAt(3);
            assertRefused(() -> page(sort, 0, cursor.substring(0, 3) + (c == 'A' ? 'B' : 'A') + cursor.substring(4)), "invalid-cursor");
            assertRefused(() -> page(sort, 0, "not-a-cursor"), "invalid-cursor");
            assertRefused(() -> page(sort, 0, cursor + "x"), "invalid-cursor");
            assertRefused(() -> page(sort, 1, cursor), "cursor-with-page");
        });
    }

    /**
     * A page past the first, read by number, reads the page's ids first and then its rows (Listing's "deferred
     * join"): the rows and their order are exactly those of one query over the whole list, on both kinds of list.
     */
    @Test
    void numberedPagesPastTheFirstShowWhatOneQueryShows() {
        for (Sort sort : List.of(Sort.by(Sort.Order.desc("receivedOn")),
                Sort.by(Sort.Order.asc("stage"), Sort.Order.desc("receivedOn")),
                Sort.by(Sort.Order.desc("dueOn").nullsLast(), Sort.Order.asc("label")))) {
            Sort tied = Seek.withTiebreak(sort, "id");
            TestCallers.runAs(kaifu, () -> {
                List<String> oneQuery = listing.page(ListedThing.class, filtered, PageRequest.of(0, 100, tied), rows)
                        .page().content();
                assertThat(oneQuery).as("%s", sort).hasSize(40);
                assertThat(byNumber(tied)).as("%s", sort).containsExactlyElementsOf(oneQuery);
                List<String> keyed = new ArrayList<>();
                for (int p = 0; p * SIZE < 40; p++) {
                    PageView<String> page = page(sort, p, null);
                    assertThat(page.page().number()).isEqualTo(p);
                    assertThat(page.page().totalElements()).isEqualTo(40);
                    keyed.addAll(page.content());
                }
                assertThat(keyed).as("%s", sort).containsExactlyElementsOf(oneQuery);
                assertThat(page(sort, 6, null).content()).isEmpty();
            });
        }
    }

    @Test
    void anotherCountyWalksOnlyItsOwnRows() {
        TestCallers.runAs(TestCallers.client("371082", "mediation.read"), () ->
                assertThat(byCursor(Sort.by(Sort.Order.desc("receivedOn")))).hasSize(20).allMatch(r -> r.startsWith("371082/")));
    }

    private List<String> byNumber(Sort sort) {
        List<String> all = new ArrayList<>();
        for (int p = 0; ; p++) {
            PageView<String> page = listing.page(ListedThing.class, filtered, PageRequest.of(p, SIZE, sort), rows).page();
            if (page.content().isEmpty()) {
                return all;
            }
            assertThat(page.page().nextCursor()).isNull();
            all.addAll(page.content());
        }
    }

    private List<String> byCursor(Sort sort) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            PageView<String> page = page(sort, 0, cursor);
            assertThat(page.page().number()).isEqualTo(pages++);
            assertThat(page.content()).hasSizeLessThanOrEqualTo(SIZE);
            all.addAll(page.content());
            cursor = page.page().nextCursor();
            assertThat(cursor == null).isEqualTo(page.page().number() == page.page().totalPages() - 1);
        } while (cursor != null);
        return all;
    }

    private PageView<String> page(Sort sort, int number, String cursor) {
        return listing.page(ListedThing.class, filtered, PageRequest.of(number, SIZE, sort), Keyset.of(cursor, FILTER), rows).page();
    }

    private static void assertRefused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).extracting(FieldErrorDetail::field, FieldErrorDetail::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("cursor", code)));
    }
}
