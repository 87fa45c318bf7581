package io.sirocco.stores.group;

import java.util.List;

/**
 * One installed view of a group, as this member sees it.
 *
 * @param viewId the view's number (the {@code GroupLayout} viewId its fabric region was opened with)
 * @param memberLocators every member's fabric locator, in rank order
 * @param myRank this member's rank in the view
 * @param senderRanks the ranks that send in this view, ascending
 */
public record GroupView(long viewId, List<String> memberLocators, int myRank, List<Integer> senderRanks) {

    public GroupView {
        memberLocators = List.copyOf(memberLocators);
        senderRanks = List.copyOf(senderRanks);
    }

    public int members() {
        return memberLocators.size();
    }

    /** The rank of the member that announced {@code locator} in this view, or -1 (a joiner finds its rank here). */
    public int rankOf(String locator) {
        return memberLocators.indexOf(locator);
    }
}
