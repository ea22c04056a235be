import GRDB

extension SQLiteStore {
    /// The schema, one migration per released change. Never edit a migration
    /// that has shipped: add a new one.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: organizations, tokens, collections, grants, object versions") { db in
            try db.execute(sql: schemaV1)
        }
        return migrator
    }()

    /// Portable SQL (no SQLite-only types), so the PostgreSQL back end can share its shape.
    static let schemaV1 = """
        CREATE TABLE organizations (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            identity_id TEXT NOT NULL UNIQUE,
            created_at BIGINT NOT NULL
        );
        CREATE TABLE tokens (
            id TEXT PRIMARY KEY,
            organization_id TEXT NOT NULL REFERENCES organizations(id),
            role TEXT NOT NULL,
            token_hash BLOB NOT NULL UNIQUE,
            created_at BIGINT NOT NULL,
            revoked_at BIGINT
        );
        CREATE TABLE collections (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            description TEXT NOT NULL,
            default_tlp TEXT NOT NULL,
            is_public BOOLEAN NOT NULL,
            created_at BIGINT NOT NULL
        );
        CREATE TABLE grants (
            collection_id TEXT NOT NULL REFERENCES collections(id),
            organization_id TEXT NOT NULL REFERENCES organizations(id),
            can_read BOOLEAN NOT NULL,
            can_write BOOLEAN NOT NULL,
            PRIMARY KEY (collection_id, organization_id)
        );
        CREATE TABLE object_versions (
            collection_id TEXT NOT NULL REFERENCES collections(id),
            object_id TEXT NOT NULL,
            version TEXT NOT NULL,
            type TEXT NOT NULL,
            spec_version TEXT NOT NULL,
            contributor_id TEXT NOT NULL REFERENCES organizations(id),
            version_key TEXT NOT NULL,
            tlp TEXT NOT NULL,
            body BLOB NOT NULL,
            date_added BIGINT NOT NULL,
            salt BLOB NOT NULL,
            ledger_index BIGINT NOT NULL,
            PRIMARY KEY (collection_id, object_id, version)
        );
        CREATE INDEX object_versions_by_date_added ON object_versions (collection_id, date_added);
        -- No index on version_key: the primary key's (collection_id, object_id) prefix finds an
        -- object's few versions, and with random STIX ids every index costs about one page
        -- write per object added.
        CREATE TABLE object_recipients (
            collection_id TEXT NOT NULL,
            object_id TEXT NOT NULL,
            version TEXT NOT NULL,
            identity_id TEXT NOT NULL,
            PRIMARY KEY (collection_id, object_id, version, identity_id)
        );
        CREATE TABLE page_cursors (
            id TEXT PRIMARY KEY,
            organization_id TEXT,
            collection_id TEXT NOT NULL,
            listing TEXT NOT NULL,
            filter TEXT NOT NULL,
            page_limit INTEGER NOT NULL,
            position BIGINT NOT NULL,
            created_at BIGINT NOT NULL
        );
        CREATE INDEX page_cursors_by_age ON page_cursors (created_at);
        CREATE TABLE statuses (
            id TEXT PRIMARY KEY,
            organization_id TEXT NOT NULL,
            body BLOB NOT NULL,
            created_at BIGINT NOT NULL
        );
        -- One row per run of consecutive entries of one kind written by one
        -- transaction: entries first_index ..< first_index + length(commitments) / 32.
        -- (INTEGER PRIMARY KEY makes first_index SQLite's row id; PostgreSQL takes BIGINT.)
        CREATE TABLE ledger_entries (
            first_index INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            commitments BLOB NOT NULL,
            created_at BIGINT NOT NULL
        );
        CREATE TABLE admin_changes (
            ledger_index BIGINT PRIMARY KEY,
            description BLOB NOT NULL,
            salt BLOB NOT NULL
        );
        CREATE TABLE ledger_tiles (
            level INTEGER NOT NULL,
            tile_index BIGINT NOT NULL,
            width INTEGER NOT NULL,
            contents BLOB NOT NULL,
            PRIMARY KEY (level, tile_index, width)
        );
        CREATE TABLE ledger_checkpoints (
            size BIGINT PRIMARY KEY,
            note TEXT NOT NULL,
            published BOOLEAN NOT NULL,
            created_at BIGINT NOT NULL
        );
        CREATE TABLE node_settings (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE witnessed_logs (
            origin TEXT PRIMARY KEY,
            verifier_key TEXT NOT NULL,
            size BIGINT NOT NULL,
            root BLOB
        );
        CREATE TABLE log_witnesses (
            url TEXT PRIMARY KEY,
            verifier_key TEXT NOT NULL,
            last_size BIGINT NOT NULL
        );
        CREATE TABLE store_clock (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_date_added BIGINT NOT NULL,
            next_ledger_index BIGINT NOT NULL
        );
        INSERT INTO store_clock (id, last_date_added, next_ledger_index) VALUES (1, 0, 0);
        """
}
