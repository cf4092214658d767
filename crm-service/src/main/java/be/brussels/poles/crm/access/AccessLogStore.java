package be.brussels.poles.crm.access;

import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import java.util.List;

/** Where access-log entries are kept: insert and query only, no update, no delete. */
public interface AccessLogStore {

  void append(List<AccessLogEntry> entries);

  Page<AccessLogEntry> find(AccessLogQuery query, PageQuery page);
}
