package be.brussels.poles.crm.access;

/** The path a read came through, for the auditor: every path is checked and logged alike. */
public enum ReadPath {
  DETAIL, LIST, SEARCH, EXPORT, GRPC
}
