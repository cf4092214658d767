package be.brussels.poles.guidance.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How many requests came in over a period, by channel, language, requester kind and topic
 * (1819's reporting: "about 40 % of the questions come from existing companies"), and how the
 * referrals they caused stand.
 *
 * @param existingCompanyPercent share of requests from existing companies, rounded
 */
public record IntakeStatistics(LocalDate from, LocalDate to, int total,
    Map<String, Integer> byChannel, Map<String, Integer> byLanguage,
    Map<String, Integer> byRequesterKind, Map<String, Integer> byTopic,
    int existingCompanyPercent, Map<String, Integer> referrals) {

  static IntakeStatistics of(LocalDate from, LocalDate to, List<IntakeRequest> requests) {
    int existing = (int) requests.stream().filter(r ->
        r.requesterKind() == IntakeRequest.RequesterKind.EXISTING_COMPANY).count();
    Map<String, Integer> byTopic = new TreeMap<>();
    requests.forEach(r -> r.topics().forEach(t -> byTopic.merge(t.name(), 1, Integer::sum)));
    Map<String, Integer> referrals = new TreeMap<>();
    requests.forEach(r -> r.orientations().forEach(o ->
        referrals.merge(o.referralStatus().name(), 1, Integer::sum)));
    return new IntakeStatistics(from, to, requests.size(),
        count(requests, r -> r.channel().name()), count(requests, r -> r.language().name()),
        count(requests, r -> r.requesterKind().name()), byTopic,
        requests.isEmpty() ? 0 : Math.round(100f * existing / requests.size()), referrals);
  }

  private static Map<String, Integer> count(List<IntakeRequest> requests,
      Function<IntakeRequest, String> key) {
    Map<String, Integer> counts = new TreeMap<>();
    requests.forEach(r -> counts.merge(key.apply(r), 1, Integer::sum));
    return counts;
  }
}
