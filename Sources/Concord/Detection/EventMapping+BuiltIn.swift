extension EventMapping {
    /// The built-in mappings, in the mapping file format.
    static let builtIn: [String: String] = ["ecs": ecs, "suricata": suricata, "zeek": zeek]

    /// Elastic Common Schema (nested or dotted field names).
    static let ecs = """
        {"time": ["@timestamp", "event.created"], "id": ["event.id"], "fields": {
          "source.ip": ["ipv4-addr:value", "network-traffic:src_ref"],
          "destination.ip": ["ipv4-addr:value", "network-traffic:dst_ref"],
          "client.ip": "ipv4-addr:value", "server.ip": "ipv4-addr:value",
          "source.port": "network-traffic:src_port", "destination.port": "network-traffic:dst_port",
          "network.transport": "network-traffic:protocols[*]", "network.protocol": "network-traffic:protocols[*]",
          "source.mac": "mac-addr:value", "destination.mac": "mac-addr:value",
          "destination.domain": "domain-name:value", "dns.question.name": "domain-name:value",
          "url.domain": "domain-name:value", "url.full": "url:value", "url.original": "url:value",
          "tls.client.server_name": "domain-name:value",
          "file.name": "file:name", "file.size": "file:size",
          "file.hash.md5": "file:hashes.MD5", "file.hash.sha1": "file:hashes.'SHA-1'",
          "file.hash.sha256": "file:hashes.'SHA-256'", "file.hash.sha512": "file:hashes.'SHA-512'",
          "process.command_line": "process:command_line", "process.pid": "process:pid",
          "process.hash.sha256": "file:hashes.'SHA-256'",
          "user.name": "user-account:account_login",
          "email.from.address": "email-addr:value", "email.subject": "email-message:subject",
          "user_agent.original": "network-traffic:extensions.'http-request-ext'.request_header.'User-Agent'",
          "http.request.method": "network-traffic:extensions.'http-request-ext'.request_method",
          "registry.path": "windows-registry-key:key"
        }}
        """

    /// Suricata EVE JSON (alert, flow, dns, http, tls, fileinfo events).
    static let suricata = """
        {"time": ["timestamp"], "id": ["flow_id"], "fields": {
          "src_ip": ["ipv4-addr:value", "network-traffic:src_ref"],
          "dest_ip": ["ipv4-addr:value", "network-traffic:dst_ref"],
          "src_port": "network-traffic:src_port", "dest_port": "network-traffic:dst_port",
          "app_proto": "network-traffic:protocols[*]",
          "dns.rrname": "domain-name:value", "dns.query.rrname": "domain-name:value",
          "http.hostname": "domain-name:value", "tls.sni": "domain-name:value",
          "http.http_user_agent": "network-traffic:extensions.'http-request-ext'.request_header.'User-Agent'",
          "http.http_method": "network-traffic:extensions.'http-request-ext'.request_method",
          "fileinfo.filename": "file:name", "fileinfo.size": "file:size",
          "fileinfo.md5": "file:hashes.MD5", "fileinfo.sha1": "file:hashes.'SHA-1'",
          "fileinfo.sha256": "file:hashes.'SHA-256'"
        }}
        """

    /// Zeek JSON logs (conn, dns, http, ssl, files; `ts` as epoch seconds or ISO 8601).
    static let zeek = """
        {"time": ["ts"], "id": ["uid", "fuid"], "fields": {
          "id.orig_h": ["ipv4-addr:value", "network-traffic:src_ref"],
          "id.resp_h": ["ipv4-addr:value", "network-traffic:dst_ref"],
          "id.orig_p": "network-traffic:src_port", "id.resp_p": "network-traffic:dst_port",
          "proto": "network-traffic:protocols[*]", "service": "network-traffic:protocols[*]",
          "query": "domain-name:value", "host": "domain-name:value", "server_name": "domain-name:value",
          "user_agent": "network-traffic:extensions.'http-request-ext'.request_header.'User-Agent'",
          "method": "network-traffic:extensions.'http-request-ext'.request_method",
          "filename": "file:name", "total_bytes": "file:size",
          "md5": "file:hashes.MD5", "sha1": "file:hashes.'SHA-1'", "sha256": "file:hashes.'SHA-256'",
          "tx_hosts": "ipv4-addr:value", "rx_hosts": "ipv4-addr:value"
        }}
        """
}
