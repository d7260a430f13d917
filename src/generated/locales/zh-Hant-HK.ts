
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's15e8bb089a90e6bd': `關閉`,
's1c845e16bc32ad8b': str`${0}，${1}`,
's1da172d1135d494b': `收到待遇到賬通知`,
's249337142d709719': `屋企人嘅社保卡`,
's29b5c00c85e97067': `睇養老金同醫保個人賬戶`,
's2b2f3008ac750341': `完成`,
's31075f10a9aa5606': `社保卡金融賬戶（銀行）嘅 6 位數支付密碼`,
's317c497592ed126a': `網上辦社保業務，唔使排隊`,
's46bd3fdfa9b09364': `震動提示`,
's490fb27590208b23': `語音讀出`,
's4987894c991cca51': `綁定之後，你可以用手機：`,
's4c61c5e8ad0a7481': `錯誤：`,
's4f48487c5b91c6b1': `喺醫院同藥房用醫保碼俾錢`,
's5052b27a919086c1': `字放大一倍，版面更簡單，掣更大`,
's5273f475878e2f53': `大約要 5 分鐘。`,
's644c34c633d3418e': `綁定社保卡`,
's66f846650d33c298': `請準備好`,
's6775814094bf7b70': `讀出每一步嘅標題同說明`,
's70eac77a99be0700': `社保卡綁定`,
's77a1ca03a281ed9f': `讀屏模式`,
's7899709991c61bed': `你要幫邊個綁定社保卡？`,
's7bce8dc06d6eae13': `顯示同輔助`,
's7f3c9c131e2b5454': `社保卡（實體卡）`,
's9bade8211319abcc': str`第 ${0} 步，共 ${1} 步`,
's9bdb85bbc7be6ac0': `配合讀屏軟件用，會讀出更多資訊`,
'sa75021162d996c7e': `關懷模式`,
'sbef67f1c2619d654': `屋企人要喺自己部手機確認`,
'sc211712102d7dd0a': `請揀幫邊個綁定社保卡`,
'sc809b3d39c6bf8d4': `跳到主要內容`,
'scd423a09356c197d': `設定`,
'scdd07a0935dbe208': `語言`,
'scdd10adc17dd0ad9': `我自己嘅社保卡`,
'sd4cd43e9b0ececad': `有問題`,
'se140ab847e0beb7b': `需要幫手？請打社保服務熱線`,
'se70ab03044c9d53c': `呢部機唔支援震動`,
'se8cace18590c23b7': `開始綁定`,
'secde2edf6e0dc903': `用唔同嘅震動表示完成、出錯同等緊`,
'sed892cd8189636b4': `你自己用緊嘅手機`,
'sfeea06f665c54b8e': str`${0}：${1} – ${2}`,
    };
  