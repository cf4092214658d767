package be.brussels.poles.crm.referral;

import be.brussels.poles.crm.access.AccessLog;
import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.crm.journey.JourneyLog;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires referrals, which stay free of Spring, with their SLA from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReferralConfiguration.SlaProperties.class)
public class ReferralConfiguration {

  /**
   * {@code poles.referrals.sla.working-days.<STATE>}: Belgian working days each state may last
   * (application.yml holds the agreed values).
   */
  @ConfigurationProperties("poles.referrals.sla")
  public record SlaProperties(Map<ReferralState, Integer> workingDays) {
    public SlaProperties {
      workingDays = workingDays == null ? Map.of() : workingDays;
    }
  }

  @Bean
  ReferralSla referralSla(SlaProperties properties) {
    return new ReferralSla(properties.workingDays().isEmpty() ? Map.of()
        : new EnumMap<>(properties.workingDays()));
  }

  @Bean
  Referrals referrals(ReferralStore store, ReferralSla sla, CrmAccessPolicy policy,
      AccessLog accessLog, JourneyLog journey, Clock clock) {
    return new Referrals(store, sla, policy, accessLog, journey, clock);
  }
}
