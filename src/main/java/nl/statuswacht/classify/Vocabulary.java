package nl.statuswacht.classify;

import java.util.List;
import java.util.Map;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.ImpactClass;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;

/**
 * The words the classifier looks for, as {@code conf/classify.yaml} gives them; the grammar that
 * uses them is in {@link Classifier}. Maps keep the file's order: the first category, priority or
 * impact class whose words match wins.
 *
 * @param calendar words of a yearly maintenance calendar (an {@code INFORMATION} post)
 * @param categories words per category, tried in order
 * @param unavailable words saying a service is (or will be) unavailable
 * @param available words saying a service stays available
 * @param priorities words per incident priority
 * @param platformPriorities the platform's impact field → priority
 * @param impacts words per change impact class, tried in order
 * @param services words per service
 * @param resolved words of an update that resolves an incident
 * @param cancelled words of an update that calls maintenance off
 */
public record Vocabulary(
    List<Phrase> calendar,
    Map<Category, List<Phrase>> categories,
    List<Phrase> unavailable,
    List<Phrase> available,
    Map<Priority, List<Phrase>> priorities,
    Map<String, Priority> platformPriorities,
    Map<ImpactClass, List<Phrase>> impacts,
    Map<Service, List<Phrase>> services,
    List<Phrase> resolved,
    List<Phrase> cancelled) {}
