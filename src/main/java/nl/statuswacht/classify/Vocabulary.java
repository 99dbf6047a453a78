package nl.statuswacht.classify;

import java.util.List;
import java.util.Map;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.ImpactClass;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;

/**
 * The words the classifier looks for, as {@code conf/classify.yaml} gives them; the grammar that
 * uses them is in {@link Classifier}. Maps keep the file's order: where the evidence for two
 * categories weighs the same, and where two priorities or impact classes match, the first wins.
 * Every word also matches its inflected forms ({@link Stems}).
 *
 * @param calendar words of a yearly maintenance calendar (an {@code INFORMATION} post)
 * @param categories words per category
 * @param statuses status words of updates per category: an incident's lifecycle (Onderzoek,
 *     Opgelost, Investigating, Resolved) or maintenance's (Gepland, Voltooid, Completed)
 * @param unavailable words saying a service is (or will be) unavailable
 * @param available words saying a service stays available
 * @param priorities words per incident priority
 * @param platformPriorities the platform's impact field → priority
 * @param impacts words per change impact class, tried in order
 * @param services words per service
 * @param elsewhere what else KVK runs that is none of the services (Mijn KVK, kvk.nl, the
 *     Developer Portal): a post that names one of these and no service affects {@code OTHER}; a
 *     post that names neither names nothing, and which services it affects is unknown. Empty
 *     when the file gives none: then every post that names no service affects {@code OTHER}.
 * @param alternative words before a service that make it an alternative or a workaround ("haal
 *     de gegevens zo nodig op via"), not a service that is affected
 * @param unaffected words after a service that say it is not affected ("is niet geraakt")
 * @param unaffectedBefore words before a service that say it is not affected ("heeft geen
 *     gevolgen voor"); empty when the file gives none
 * @param resolved words of an update that resolves an incident
 * @param reopened words of an update that reopens a resolved incident
 * @param cancelled words of an update that calls maintenance off
 */
public record Vocabulary(
    List<Phrase> calendar,
    Map<Category, List<Phrase>> categories,
    Map<Category, List<Phrase>> statuses,
    List<Phrase> unavailable,
    List<Phrase> available,
    Map<Priority, List<Phrase>> priorities,
    Map<String, Priority> platformPriorities,
    Map<ImpactClass, List<Phrase>> impacts,
    Map<Service, List<Phrase>> services,
    List<Phrase> elsewhere,
    List<Phrase> alternative,
    List<Phrase> unaffected,
    List<Phrase> unaffectedBefore,
    List<Phrase> resolved,
    List<Phrase> reopened,
    List<Phrase> cancelled) {}
