"""sealflow's recognizers. Importing this package makes every class visible to Presidio's
registry loader, which finds `type: predefined` recognizers among EntityRecognizer subclasses.
"""

from sealflow.scrub.recognizers.forces.military_place_recognizer import MilitaryPlaceRecognizer
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RankNameRecognizer
from sealflow.scrub.recognizers.forces.service_number_recognizer import ServiceNumberRecognizer
from sealflow.scrub.recognizers.generic.age_recognizer import AgeRecognizer
from sealflow.scrub.recognizers.generic.chat_handle_recognizer import ChatHandleRecognizer
from sealflow.scrub.recognizers.generic.deny_list_recognizer import DenyListRecognizer
from sealflow.scrub.recognizers.generic.iban_checksum_recognizer import IbanChecksumRecognizer
from sealflow.scrub.recognizers.generic.internal_email_recognizer import InternalEmailRecognizer
from sealflow.scrub.recognizers.generic.letter_names_recognizer import LetterNamesRecognizer
from sealflow.scrub.recognizers.generic.message_export_recognizer import MessageExportRecognizer
from sealflow.scrub.recognizers.generic.minutes_names_recognizer import MinutesNamesRecognizer
from sealflow.scrub.recognizers.generic.person_gazetteer_recognizer import PersonGazetteerRecognizer
from sealflow.scrub.recognizers.generic.quick_url_recognizer import QuickUrlRecognizer
from sealflow.scrub.recognizers.generic.reference_number_recognizer import (
    ReferenceNumberRecognizer,
)
from sealflow.scrub.recognizers.generic.spoken_email_recognizer import SpokenEmailRecognizer
from sealflow.scrub.recognizers.generic.table_column_recognizer import TableColumnRecognizer
from sealflow.scrub.recognizers.uk.date_of_birth_in_words_recognizer import (
    DateOfBirthInWordsRecognizer,
)
from sealflow.scrub.recognizers.uk.date_of_birth_recognizer import DateOfBirthRecognizer
from sealflow.scrub.recognizers.uk.spelt_out_id_recognizer import SpeltOutIdRecognizer
from sealflow.scrub.recognizers.uk.spoken_number_recognizer import SpokenNumberRecognizer
from sealflow.scrub.recognizers.uk.uk_address_recognizer import UkAddressRecognizer
from sealflow.scrub.recognizers.uk.uk_bank_account_recognizer import UkBankAccountRecognizer
from sealflow.scrub.recognizers.uk.uk_full_postcode_recognizer import UkFullPostcodeRecognizer
from sealflow.scrub.recognizers.uk.uk_national_insurance_recognizer import (
    UkNationalInsuranceRecognizer,
)
from sealflow.scrub.recognizers.uk.uk_nhs_recognizer import UkNhsRecognizer
from sealflow.scrub.recognizers.uk.uk_passport_number_recognizer import UkPassportNumberRecognizer
from sealflow.scrub.recognizers.uk.uk_phone_recognizer import UkPhoneRecognizer
from sealflow.scrub.recognizers.uk.uk_town_recognizer import UkTownRecognizer
from sealflow.scrub.recognizers.uk.uk_vehicle_registration_mark_recognizer import (
    UkVehicleRegistrationMarkRecognizer,
)
from sealflow.scrub.recognizers.uk.workplace_site_recognizer import WorkplaceSiteRecognizer

SEALFLOW_RECOGNIZERS = (
    UkPhoneRecognizer,
    UkNationalInsuranceRecognizer,
    UkNhsRecognizer,
    UkFullPostcodeRecognizer,
    SpeltOutIdRecognizer,
    UkAddressRecognizer,
    UkTownRecognizer,
    WorkplaceSiteRecognizer,
    UkVehicleRegistrationMarkRecognizer,
    UkBankAccountRecognizer,
    IbanChecksumRecognizer,
    UkPassportNumberRecognizer,
    DateOfBirthRecognizer,
    DateOfBirthInWordsRecognizer,
    SpokenNumberRecognizer,
    AgeRecognizer,
    SpokenEmailRecognizer,
    InternalEmailRecognizer,
    ServiceNumberRecognizer,
    ReferenceNumberRecognizer,
    RankNameRecognizer,
    MilitaryPlaceRecognizer,
    PersonGazetteerRecognizer,
    ChatHandleRecognizer,
    MessageExportRecognizer,
    DenyListRecognizer,
    QuickUrlRecognizer,
    TableColumnRecognizer,
    LetterNamesRecognizer,
    MinutesNamesRecognizer,
)

__all__ = [cls.__name__ for cls in SEALFLOW_RECOGNIZERS] + ["SEALFLOW_RECOGNIZERS"]
