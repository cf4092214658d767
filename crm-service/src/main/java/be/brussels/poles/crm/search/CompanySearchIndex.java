package be.brussels.poles.crm.search;

import be.brussels.poles.crm.company.Commune;
import be.brussels.poles.crm.company.Company;
import be.brussels.poles.crm.company.CompanyChanges;
import be.brussels.poles.crm.company.SimilarCompanies;
import be.brussels.poles.crm.company.KboIdentity;
import be.brussels.poles.crm.company.KboIdentity.Activity;
import be.brussels.poles.crm.company.KboIdentity.Denomination;
import be.brussels.poles.crm.company.KboIdentity.Establishment;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.enterprise.EstablishmentUnitNumber;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

/**
 * The search index of the company master, in memory: normalised name words in a sorted map
 * (prefix = a range of keys), enterprise and establishment numbers in hash maps, and per company
 * the few fields a result line shows. Built from the database at start-up and kept current by
 * every write of this instance ({@link CompanyChanges}).
 *
 * <p>Why in memory: the embedded server of the tests and {@code make run} answers only from
 * unique indexes and scans the collection for everything else (about 180 ms per query at 100 000
 * companies, measured), and has no {@code $text}. This index answers a search at 100 000
 * companies in about a millisecond and costs a few tens of megabytes.
 */
public final class CompanySearchIndex implements CompanyChanges, SimilarCompanies {

  /** A word of at least this many letters is also matched with one typo. */
  static final int FUZZY_FROM = 4;

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, Entry> byCompanyId = new HashMap<>();
  private final Map<String, Entry> byNumber = new HashMap<>();
  private final Map<String, Entry> byEstablishment = new HashMap<>();
  private final TreeMap<String, Set<Entry>> byWord = new TreeMap<>();
  private final Map<Commune, Set<Entry>> byCommune = new HashMap<>();
  private final TreeMap<String, Set<Entry>> byNace = new TreeMap<>();

  /**
   * What the index keeps of one company. Identity equality on purpose: each company has one
   * live entry, and hashing it must cost nothing (a record would hash all its sets on every
   * add to a candidate set, which made searches over common words ten times slower).
   */
  private static final class Entry {
    final CompanyHit hit;
    final String sortName;
    final Set<String> words;
    final Set<String> naceCodes;
    final Set<String> establishments;

    Entry(CompanyHit hit, String sortName, Set<String> words, Set<String> naceCodes,
        Set<String> establishments) {
      this.hit = hit;
      this.sortName = sortName;
      this.words = words;
      this.naceCodes = naceCodes;
      this.establishments = establishments;
    }

    CompanyHit hit() {
      return hit;
    }

    String sortName() {
      return sortName;
    }

    Set<String> words() {
      return words;
    }

    Set<String> naceCodes() {
      return naceCodes;
    }

    Set<String> establishments() {
      return establishments;
    }

    boolean hasNaceStartingWith(String prefix) {
      for (String code : naceCodes) {
        if (code.startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }
  }

  @Override
  public void changed(Company company) {
    Entry entry = entryOf(company);
    lock.writeLock().lock();
    try {
      // A record merged into another is no longer a result: its number resolves to the survivor.
      Entry previous = company.merged() ? byCompanyId.remove(company.companyId())
          : byCompanyId.put(company.companyId(), entry);
      if (previous != null) {
        unlink(previous);
      }
      if (company.merged()) {
        return;
      }
      byNumber.put(entry.hit().enterpriseNumber(), entry);
      entry.establishments().forEach(n -> byEstablishment.put(n, entry));
      entry.words().forEach(w -> byWord.computeIfAbsent(w, k -> new HashSet<>()).add(entry));
      if (entry.hit().commune() != null) {
        byCommune.computeIfAbsent(entry.hit().commune(), k -> new HashSet<>()).add(entry);
      }
      entry.naceCodes().forEach(c -> byNace.computeIfAbsent(c, k -> new HashSet<>()).add(entry));
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Live companies whose names hold every word of {@code company}'s name (as a prefix, or
   * within one typo), in the same commune when both have one.
   */
  @Override
  public List<Similar> similarTo(Company company, int limit) {
    Entry self = entryOf(company);
    lock.readLock().lock();
    try {
      Set<Entry> candidates = candidates(new CompanySearchQuery(company.name().value(), null, "",
          SearchSort.NAME, PageQuery.first()));
      Predicate<Entry> similar = e -> !e.hit().companyId().equals(company.companyId())
          && (self.hit().commune() == null || e.hit().commune() == null
              || self.hit().commune() == e.hit().commune());
      return page(candidates, similar, new CompanySearchQuery("", null, "", SearchSort.NAME,
          new PageQuery(0, limit))).items().stream()
          .map(h -> new Similar(h.companyId(), h.enterpriseNumber(), h.formattedNumber(), h.name()))
          .toList();
    } finally {
      lock.readLock().unlock();
    }
  }

  public int size() {
    lock.readLock().lock();
    try {
      return byCompanyId.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The companies matching every criterion of {@code query}, sorted, one page of them. */
  public Page<CompanyHit> search(CompanySearchQuery query) {
    lock.readLock().lock();
    try {
      Set<Entry> candidates = candidates(query);
      Predicate<Entry> filter = e -> (query.commune() == null
          || query.commune() == e.hit().commune())
          && (query.nace().isEmpty() || e.hasNaceStartingWith(query.nace()));
      return page(candidates == null ? byCompanyId.values() : candidates, filter, query);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The entries the text selects; null when there is no text (every company). */
  private Set<Entry> candidates(CompanySearchQuery query) {
    String text = query.text();
    if (text.isEmpty()) {
      if (query.commune() != null) {
        return byCommune.getOrDefault(query.commune(), Set.of());
      }
      return query.nace().isEmpty() ? null : union(byNace, query.nace());
    }
    if (EnterpriseNumber.isValid(text)) {
      Entry entry = byNumber.get(EnterpriseNumber.parse(text).value());
      return entry == null ? Set.of() : Set.of(entry);
    }
    if (isEstablishmentNumber(text)) {
      Entry entry = byEstablishment.get(EstablishmentUnitNumber.parse(text).value());
      return entry == null ? Set.of() : Set.of(entry);
    }
    List<Set<Entry>> perWord = new ArrayList<>();
    for (String word : new LinkedHashSet<>(SearchText.words(text))) {
      Set<Entry> matching = withWordPrefix(word);
      if (matching.isEmpty() && word.length() >= FUZZY_FROM) {
        matching = withWordPrefixWithinOneEdit(word);
      }
      if (matching.isEmpty()) {
        return Set.of();
      }
      perWord.add(matching);
    }
    if (perWord.isEmpty()) {
      return Set.of();
    }
    // Intersect from the smallest set: the work is bounded by the rarest word.
    perWord.sort(Comparator.comparingInt(Set::size));
    Set<Entry> result = perWord.get(0);
    for (Set<Entry> other : perWord.subList(1, perWord.size())) {
      Set<Entry> both = new HashSet<>();
      for (Entry entry : result) {
        if (other.contains(entry)) {
          both.add(entry);
        }
      }
      result = both;
    }
    return result;
  }

  private Set<Entry> withWordPrefix(String prefix) {
    return union(byWord, prefix);
  }

  /**
   * Every entry under a key starting with {@code prefix}; the index's own set when a single key
   * matches (read only: callers never change it).
   */
  private static Set<Entry> union(TreeMap<String, Set<Entry>> map, String prefix) {
    var range = map.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    if (range.size() == 1) {
      return range.firstEntry().getValue();
    }
    Set<Entry> found = new HashSet<>();
    range.values().forEach(found::addAll);
    return found;
  }

  /**
   * Typo tolerance: words within one edit of the prefix. Only tried when the exact prefix
   * finds nothing, and only among words starting with the same letter or the prefix's second
   * letter (a typo in the very first letter is rare and would make every search a full scan).
   */
  private Set<Entry> withWordPrefixWithinOneEdit(String prefix) {
    Set<Entry> found = new HashSet<>();
    for (String first : Set.of(prefix.substring(0, 1), prefix.substring(1, 2))) {
      byWord.subMap(first, true, first + Character.MAX_VALUE, false).forEach((word, entries) -> {
        if (SearchText.startsWithinOneEdit(word, prefix)) {
          found.addAll(entries);
        }
      });
    }
    return found;
  }

  private static boolean isEstablishmentNumber(String text) {
    try {
      EstablishmentUnitNumber.parse(text);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Keeps only the entries up to the end of the wanted page while scanning (no full sort). */
  private static Page<CompanyHit> page(java.util.Collection<Entry> entries,
      Predicate<Entry> filter, CompanySearchQuery query) {
    Comparator<Entry> order = comparator(query.sort());
    int keep = query.page().offset() + query.page().size();
    PriorityQueue<Entry> best = new PriorityQueue<>(Math.min(keep, 1024) + 1, order.reversed());
    long total = 0;
    for (Entry entry : entries) {
      if (!filter.test(entry)) {
        continue;
      }
      total++;
      best.add(entry);
      if (best.size() > keep) {
        best.poll();
      }
    }
    List<Entry> sorted = new ArrayList<>(best);
    sorted.sort(order);
    List<CompanyHit> items = sorted.stream().skip(query.page().offset())
        .map(Entry::hit).toList();
    return Page.of(items, query.page(), total);
  }

  private static Comparator<Entry> comparator(SearchSort sort) {
    Comparator<Entry> byNumber = Comparator.comparing(e -> e.hit().enterpriseNumber());
    return switch (sort) {
      case NAME -> Comparator.comparing(Entry::sortName).thenComparing(byNumber);
      case ENTERPRISE_NUMBER -> byNumber;
      case REGISTERED_AT -> Comparator.comparing((Entry e) -> e.hit().registeredAt()).reversed()
          .thenComparing(byNumber);
    };
  }

  private void unlink(Entry old) {
    byNumber.remove(old.hit().enterpriseNumber(), old);
    old.establishments().forEach(n -> byEstablishment.remove(n, old));
    for (String word : old.words()) {
      Set<Entry> entries = byWord.get(word);
      if (entries != null && entries.remove(old) && entries.isEmpty()) {
        byWord.remove(word);
      }
    }
    if (old.hit().commune() != null) {
      byCommune.getOrDefault(old.hit().commune(), new HashSet<>()).remove(old);
    }
    for (String code : old.naceCodes()) {
      Set<Entry> entries = byNace.get(code);
      if (entries != null && entries.remove(old) && entries.isEmpty()) {
        byNace.remove(code);
      }
    }
  }

  private static Entry entryOf(Company company) {
    KboIdentity kbo = company.kbo();
    Set<String> words = new HashSet<>(SearchText.words(company.name().value()));
    Set<String> nace = new HashSet<>();
    Set<String> establishments = new HashSet<>();
    Commune commune = null;
    String mainNace = "";
    String status = "";
    if (kbo != null) {
      for (Denomination d : kbo.denominations()) {
        words.addAll(SearchText.words(d.value()));
      }
      for (Activity a : kbo.activities()) {
        nace.add(a.naceCode());
      }
      for (Establishment e : kbo.establishments()) {
        establishments.add(e.number());
      }
      if (kbo.registeredAddress() != null) {
        commune = kbo.registeredAddress().commune().orElse(null);
      }
      mainNace = kbo.mainActivity().map(Activity::naceCode).orElse("");
      status = kbo.status();
    }
    CompanyHit hit = new CompanyHit(company.companyId(), company.enterpriseNumber().value(),
        company.enterpriseNumber().formatted(), company.name().value(), commune, mainNace, status,
        company.registeredAt());
    return new Entry(hit, SearchText.normalise(company.name().value()), Set.copyOf(words),
        Set.copyOf(nace), Set.copyOf(establishments));
  }
}
