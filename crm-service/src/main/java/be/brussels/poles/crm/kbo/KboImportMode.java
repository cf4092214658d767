package be.brussels.poles.crm.kbo;

/**
 * The two kinds of KBO delivery: a full set of files ({@code enterprise.csv}, ...), or an update
 * with {@code *_delete.csv} (entity numbers whose rows of that file are removed) and
 * {@code *_insert.csv} (rows added) per file.
 */
public enum KboImportMode { FULL, UPDATE }
