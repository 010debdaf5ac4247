package cn.sifa.bench.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * What pg_restore does for a fast load: the secondary indexes (those that back no constraint) of the tables being
 * filled are dropped first and rebuilt once at the end; primary keys, UNIQUE, CHECK and foreign keys stay on, so
 * every row is checked as it arrives. Dropped definitions are kept in {@code public.bench_dropped_index} until
 * rebuilt, so an interrupted run repairs itself on the next start.
 */
final class BulkLoad {

    private BulkLoad() {
    }

    static void copy(Connection c, CopyBuffer... buffers) throws SQLException, IOException {
        CopyManager cm = c.unwrap(PGConnection.class).getCopyAPI();
        for (CopyBuffer b : buffers) {
            if (b.rows() == 0) {
                continue;
            }
            CopyIn in = cm.copyIn(b.copySql());
            try (OutputStream out = new PGCopyOutputStream(in, 1 << 16)) {
                b.writeTo(out);
            }
        }
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, "sifa." + table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sifa." + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void dropSecondaryIndexes(Connection c, List<String> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS public.bench_dropped_index (name text PRIMARY KEY, definition text NOT NULL)");
        }
        // Foreign keys of the filled tables go too and come back validated in one pass each (ALTER TABLE … ADD
        // CONSTRAINT checks every row), which is what pg_restore does; per-row RI triggers would halve the load rate.
        List<String[]> fks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT k.conname, t.relname, pg_get_constraintdef(k.oid)
                  FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                 WHERE n.nspname = 'sifa' AND k.contype = 'f' AND t.relname = ANY (?)""")) {
            ps.setArray(1, c.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fks.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        for (String[] fk : fks) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO public.bench_dropped_index VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, "~fk " + fk[1] + "." + fk[0]);
                ps.setString(2, "ALTER TABLE sifa.\"" + fk[1] + "\" ADD CONSTRAINT \"" + fk[0] + "\" " + fk[2]);
                ps.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE sifa.\"" + fk[1] + "\" DROP CONSTRAINT \"" + fk[0] + "\"");
            }
        }
        System.out.printf("  dropped %d foreign keys for the load (re-added and validated at the end)%n", fks.size());
        List<String[]> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT ic.relname, pg_get_indexdef(i.indexrelid)
                  FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                  JOIN pg_class ic ON ic.oid = i.indexrelid
                 WHERE n.nspname = 'sifa' AND t.relname = ANY (?)
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)""")) {
            ps.setArray(1, c.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        for (String[] idx : found) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO public.bench_dropped_index VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, idx[0]);
                ps.setString(2, idx[1]);
                ps.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP INDEX sifa.\"" + idx[0] + "\"");
            }
        }
        System.out.printf("  dropped %d secondary indexes for the load%n", found.size());
    }

    static void rebuildIndexes(Connection c) throws SQLException {
        if (!exists(c)) {
            return;
        }
        List<String[]> defs = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, definition FROM public.bench_dropped_index ORDER BY name LIKE '~fk%', name")) {
            while (rs.next()) {
                defs.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET maintenance_work_mem = '1GB'");
            s.execute("SET max_parallel_maintenance_workers = 2");
        }
        for (String[] d : defs) {
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                if (d[0].startsWith("~fk ")) {
                    s.execute(d[1]);
                } else {
                    s.execute(d[1].replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ").replace("CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX IF NOT EXISTS "));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM public.bench_dropped_index WHERE name = ?")) {
                ps.setString(1, d[0]);
                ps.executeUpdate();
            }
            System.out.printf("  rebuilt %s (%.1f s)%n", d[0], (System.nanoTime() - t0) / 1e9);
        }
    }

    private static boolean exists(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT to_regclass('public.bench_dropped_index') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
