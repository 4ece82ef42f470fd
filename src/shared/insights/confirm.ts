/** What an administrator types to delete every contribution: the panel's field and the endpoint's check. */
export const deleteAllConfirmation = 'TÜMÜNÜ SİL'
