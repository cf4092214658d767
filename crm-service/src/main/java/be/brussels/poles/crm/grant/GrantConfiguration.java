package be.brussels.poles.crm.grant;

import be.brussels.poles.crm.access.AccessGrants;
import be.brussels.poles.crm.team.TeamStore;
import be.brussels.poles.crm.team.Teams;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires sharing grants, and the grants every read evaluates: the sharing agreements to the
 * reader's agency and the reader's own membership of the company's team.
 */
@Configuration(proxyBeanMethods = false)
public class GrantConfiguration {

  @Bean
  SharingGrants sharingGrants(SharingGrantStore store, Clock clock) {
    return new SharingGrants(store, clock);
  }

  @Bean
  AccessGrants accessGrants(SharingGrants grants, TeamStore teams) {
    return (reader, company, at) -> grants.openingsFor(reader, company, at)
        .and(Teams.openingsFor(teams.find(company), reader));
  }
}
