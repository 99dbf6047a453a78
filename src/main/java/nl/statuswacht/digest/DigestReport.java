package nl.statuswacht.digest;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import nl.statuswacht.calendar.BusinessCalendar;
import nl.statuswacht.model.Classification;
import nl.statuswacht.rules.Policy;

/** STUB until the content lands. */
public record DigestReport(Week week, List<DigestPost> weekPosts) {
  public static DigestReport compose(List<DigestPost> posts, Policy policy,
      BusinessCalendar calendar, Week week, Instant asOf, Predicate<Classification> wanted) {
    return new DigestReport(week, posts.stream().filter(p -> {
      Instant a = p.judged().announced() != null ? p.judged().announced() : p.judged().firstSeen();
      return !a.isBefore(week.start()) && a.isBefore(week.end())
          && wanted.test(p.judged().classification());
    }).toList());
  }
}
