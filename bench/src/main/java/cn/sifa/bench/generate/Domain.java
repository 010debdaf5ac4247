package cn.sifa.bench.generate;

import java.sql.Connection;
import java.util.List;

/** One service's data: reference rows first ({@link #prepare}), then independent chunks of case rows. */
interface Domain {

    String name();

    /** Tables this domain fills; their secondary indexes are dropped during the load. */
    List<String> tables();

    /** The core_deadline / core_transition record types this domain writes (emptied by --reset). */
    default List<String> recordTypes() {
        return List.of();
    }

    /** Whether the schema has this domain's tables (a service not merged yet is skipped). */
    boolean present(Connection c) throws Exception;

    /** Writes reference data (committees, mediators, agencies) and returns what it wrote. */
    List<CopyBuffer> prepare(Connection c) throws Exception;

    int chunks();

    /** The rows of chunk {@code index}, in foreign-key order. Pure: depends only on the seed and the index. */
    List<CopyBuffer> chunk(int index);

    /** The main rows written so far, for the progress line. */
    String progress();
}
